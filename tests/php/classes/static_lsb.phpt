--TEST--
static properties and methods, self/static/parent, late static binding
--FILE--
<?php
class Model {
    protected static array $registry = [];
    public static int $count = 0;
    public static function create(): static { static::$count++; $o = new static(); self::$registry[] = static::class; return $o; }
    public static function name(): string { return static::class; }
    public function who(): string { return self::class . "/" . static::class; }
    public static function registry(): array { return self::$registry; }
}
class User extends Model {}
class Post extends Model { public static int $count = 0; }
User::create(); User::create(); Post::create();
echo Model::$count, " ", User::$count, " ", Post::$count, "\n";
echo User::name(), " ", (new Post)->who(), "\n";
print_r(Model::registry());
$c = "User"; echo $c::name(), " ", $c::$count, "\n";
try { echo Model::$nope; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { Model::nope(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
2 2 1
User Model/Post
Array
(
    [0] => User
    [1] => User
    [2] => Post
)
User 2
Access to undeclared static property Model::$nope
Call to undefined method Model::nope()
