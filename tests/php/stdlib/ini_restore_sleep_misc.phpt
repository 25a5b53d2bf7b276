--TEST--
ini_restore(), ini_set() value types, ignore_user_abort() in the CLI, CONNECTION_* constants, get_debug_type() of an anonymous class, __sleep() with non-string names and uninitialized typed properties
--INI--
precision=10
--FILE--
<?php
var_dump(set_include_path('var'), get_include_path());
ini_restore('include_path');
var_dump(get_include_path());
ini_set('precision', 5);
var_dump(1/3);
ini_restore('precision');
var_dump(ini_get('precision'), 1/3);
ini_set('user_agent', 3.5);
var_dump(ini_get('user_agent'));
try {
    ini_set('user_agent', []);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
var_dump(ignore_user_abort(true), ignore_user_abort(), ini_get('ignore_user_abort'), ignore_user_abort(false));
var_dump(connection_status() === CONNECTION_NORMAL, CONNECTION_ABORTED, CONNECTION_TIMEOUT);
var_dump(get_debug_type(new class {}), get_debug_type(new class extends ArrayObject {}));
class S {
    public int $typed;
    public $plain = 1;
    public function __sleep() { return ['typed', 'plain', 5]; }
}
var_dump(serialize(new S));
--EXPECTF--
string(16) ".:/usr/share/php"
string(3) "var"
string(16) ".:/usr/share/php"
float(0.3333333333333333)
string(2) "10"
float(0.3333333333333333)
string(3) "3.5"
ini_set(): Argument #2 ($value) must be of type string|int|float|bool|null
int(0)
int(1)
string(1) "1"
int(1)
bool(true)
int(1)
int(2)
string(15) "class@anonymous"
string(21) "ArrayObject@anonymous"

Warning: serialize(): S::__sleep() should return an array only containing the names of instance-variables to serialize in %s/tests/php/stdlib/ini_restore_sleep_misc.php on line 24

Warning: serialize(): "5" returned as member variable from __sleep() but does not exist in %s/tests/php/stdlib/ini_restore_sleep_misc.php on line 24
string(28) "O:1:"S":1:{s:5:"plain";i:1;}"
