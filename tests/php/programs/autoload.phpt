--TEST--
program: namespaces with spl_autoload_register over several generated files
--FILE--
<?php
declare(strict_types=1);

namespace App;

use InvalidArgumentException as IAE;
use function strtoupper as up;
use const PHP_EOL as NL;

$root = sys_get_temp_dir() . '/miniphp_autoload_' . getmypid();
$files = [
    'App/Model/Entity.php' => <<<'PHP'
<?php
namespace App\Model;
abstract class Entity implements \JsonSerializable {
    public function __construct(protected int $id) {}
    public function id(): int { return $this->id; }
    public function jsonSerialize(): array { return ['type' => (new \ReflectionClass($this))->getShortName(), 'id' => $this->id] + get_object_vars($this); }
}
PHP,
    'App/Model/User.php' => <<<'PHP'
<?php
namespace App\Model;
use App\Support\Str;
final class User extends Entity {
    public function __construct(int $id, public string $name) { parent::__construct($id); }
    public function slug(): string { return Str::slug($this->name); }
}
PHP,
    'App/Support/Str.php' => <<<'PHP'
<?php
namespace App\Support;
class Str {
    public const SEP = '-';
    public static function slug(string $s): string {
        return trim(preg_replace('/[^a-z0-9]+/', self::SEP, strtolower($s)), self::SEP);
    }
}
function helper(): string { return __FUNCTION__; }
const VERSION = '1.2.3';
PHP,
    'App/Repo/UserRepo.php' => <<<'PHP'
<?php
namespace App\Repo;
use App\Model\{User, Entity};
interface Repo { public function find(int $id): ?Entity; }
class UserRepo implements Repo, \Countable {
    private array $rows = [];
    public function add(User ...$users): void { foreach ($users as $u) $this->rows[$u->id()] = $u; }
    public function find(int $id): ?User { return $this->rows[$id] ?? null; }
    public function count(): int { return \count($this->rows); }
    public function names(): array { return array_map(fn(User $u) => $u->name, array_values($this->rows)); }
}
PHP,
];
foreach ($files as $rel => $code) {
    @mkdir(dirname("$root/$rel"), 0777, true);
    file_put_contents("$root/$rel", $code);
}
$loaded = [];
spl_autoload_register(function (string $class) use ($root, &$loaded) {
    $file = $root . '/' . str_replace('\\', '/', $class) . '.php';
    if (is_file($file)) { $loaded[] = $class; require $file; }
});
spl_autoload_register(function (string $class) use (&$loaded) { $loaded[] = "fallback:$class"; });

$repo = new Repo\UserRepo();
$repo->add(new Model\User(1, 'Ada Lovelace'), new \App\Model\User(2, 'Alan  Turing!'));
echo count($repo), NL;
echo $repo->find(2)?->slug(), NL;
var_dump($repo->find(3)?->slug());
echo json_encode($repo->find(1)), NL;
echo up(implode(', ', $repo->names())), NL;
echo \App\Support\helper(), ' ', \App\Support\VERSION, ' ', Support\Str::SEP, NL;
echo __NAMESPACE__, ' ', Model\User::class, ' ', namespace\Model\Entity::class, NL;
var_dump(class_exists('App\Model\Nope'), class_exists('App\Model\User', false), interface_exists('App\Repo\Repo'));
print_r($loaded);
var_dump($repo instanceof Repo\Repo, $repo->find(1) instanceof Model\Entity);
echo get_class($repo->find(1)), ' ', (new \ReflectionClass($repo))->getNamespaceName(), NL;
function strlen(string $s): int { return -1; }
echo strlen('abc'), ' ', \strlen('abc'), NL;
try { $repo->find('1'); } catch (\TypeError $e) { echo get_class($e), ': ', $e->getMessage() === '' ? '' : 'argument type', NL; }
try { throw new IAE('bad arg'); } catch (IAE $e) { echo get_class($e), ': ', $e->getMessage(), NL; }
echo count(spl_autoload_functions()), NL;
foreach (array_reverse(array_keys($files)) as $rel) unlink("$root/$rel");
foreach (['App/Repo', 'App/Support', 'App/Model', 'App', ''] as $d) rmdir("$root/$d");
var_dump(file_exists($root));
new Model\Missing();
--EXPECTF--
2
alan-turing
NULL
{"type":"User","id":1,"name":"Ada Lovelace"}
ADA LOVELACE, ALAN  TURING!
App\Support\helper 1.2.3 -
App App\Model\User App\Model\Entity
bool(false)
bool(true)
bool(true)
Array
(
    [0] => App\Repo\UserRepo
    [1] => App\Model\User
    [2] => App\Model\Entity
    [3] => App\Support\Str
    [4] => fallback:App\Model\Nope
)
bool(true)
bool(true)
App\Model\User App\Repo
-1 3
TypeError: argument type
InvalidArgumentException: bad arg
2
bool(false)

Fatal error: Uncaught Error: Class "App\Model\Missing" not found in %s/tests/php/programs/autoload.php:88
Stack trace:
#0 {main}
  thrown in %s/tests/php/programs/autoload.php on line 88
