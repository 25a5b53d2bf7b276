--TEST--
Argument errors of array|string parameters, class-name parameters, vfprintf's numbering, method_exists and is_a without autoloading the target
--FILE--
<?php
$fp = fopen(__FILE__, 'r');
$calls = [
    fn() => str_replace($fp, 'a', 'b'),
    fn() => str_replace('a', 'b', $fp),
    fn() => str_ireplace(['a'], $fp, 'b'),
    fn() => implode($fp, ['a']),
    fn() => join(', ', $fp),
    fn() => strip_tags('<b>x</b>', $fp),
    fn() => strtr('abc', $fp, 'x'),
    fn() => strtr('abc', $fp),
    fn() => strtr('abc', 'ab'),
    fn() => preg_replace_callback('/a/', fn($m) => 'b', new stdClass),
    fn() => preg_replace($fp, 'b', 'c'),
    fn() => vfprintf([], 'x', []),
    fn() => vfprintf($fp, [], []),
    fn() => vfprintf($fp, 'x', null),
    fn() => get_class_methods('NoSuchClass'),
    fn() => get_class_methods(1.5),
    fn() => get_parent_class(42),
    fn() => get_parent_class('NoSuchClass'),
];
foreach ($calls as $i => $c) {
    try {
        var_dump($c());
    } catch (Throwable $e) {
        echo $i, ': ', get_class($e), ': ', $e->getMessage(), "\n";
    }
}
var_dump(strtr('abc', null, 'x'));
var_dump(str_replace(null, 'x', 'abc'));

class P { private function priv() {} private static function spriv() {} protected function prot() {} }
class C extends P { private function own() {} }
foreach (['priv', 'spriv', 'prot', 'own'] as $m) {
    echo $m, ': ', var_export(method_exists('C', $m), true), ' ', var_export(method_exists(new C, $m), true), "\n";
}
spl_autoload_register(function ($c) { echo "autoload($c)\n"; });
var_dump(is_a(new C, 'Missing'), is_a('C', 'Missing', true), is_subclass_of('C', 'Missing'), is_a('Nope', 'P', true));
var_dump(is_a('C', 'P', true), is_subclass_of(new C, 'P'));
--EXPECTF--
0: TypeError: str_replace(): Argument #1 ($search) must be of type array|string, resource given
1: TypeError: str_replace(): Argument #3 ($subject) must be of type array|string, resource given
2: TypeError: str_ireplace(): Argument #2 ($replace) must be of type array|string, resource given
3: TypeError: implode(): Argument #1 ($separator) must be of type array|string, resource given
4: TypeError: join(): Argument #2 ($array) must be of type ?array, resource given
5: TypeError: strip_tags(): Argument #2 ($allowed_tags) must be of type array|string|null, resource given
6: TypeError: strtr(): Argument #2 ($from) must be of type array|string, resource given
7: TypeError: strtr(): Argument #2 ($from) must be of type array|string, resource given
8: TypeError: strtr(): Argument #2 ($from) must be of type array, string given
9: TypeError: preg_replace_callback(): Argument #3 ($subject) must be of type array|string, stdClass given
10: TypeError: preg_replace(): Argument #1 ($pattern) must be of type array|string, resource given
11: TypeError: vfprintf(): Argument #1 ($stream) must be of type resource, array given
12: TypeError: vfprintf(): Argument #2 ($format) must be of type string, array given
13: TypeError: vfprintf(): Argument #3 ($values) must be of type array, null given
14: TypeError: get_class_methods(): Argument #1 ($object_or_class) must be an object or a valid class name, string given
15: TypeError: get_class_methods(): Argument #1 ($object_or_class) must be an object or a valid class name, float given
16: TypeError: get_parent_class(): Argument #1 ($object_or_class) must be an object or a valid class name, int given
17: TypeError: get_parent_class(): Argument #1 ($object_or_class) must be an object or a valid class name, string given

Deprecated: strtr(): Passing null to parameter #2 ($from) of type array|string is deprecated in %s/tests/php/stdlib/arg_type_messages.php on line 30
string(3) "abc"

Deprecated: str_replace(): Passing null to parameter #1 ($search) of type array|string is deprecated in %s/tests/php/stdlib/arg_type_messages.php on line 31
string(3) "abc"
priv: false true
spriv: false true
prot: true true
own: true true
autoload(Nope)
bool(false)
bool(false)
bool(false)
bool(false)
bool(true)
bool(true)
