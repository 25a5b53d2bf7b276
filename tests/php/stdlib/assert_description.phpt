--TEST--
assert() with one argument gets the text of the call as its description (also named, namespaced, with a trailing comma); a dynamic call or a null description has none: the callback gets 3 arguments, the warning says "Assertion failed"; an invalid callback throws
--INI--
zend.assertions=1
assert.exception=0
assert.warning=1
--FILE--
<?php
namespace Foo;
$a = 0;
var_dump(assert($a != 0));
var_dump(\assert($a > 1, ));
var_dump(assert(assertion: $a === "x"));
$f = 'assert';
var_dump($f(false));
var_dump(assert(false, null));
assert_options(ASSERT_CALLBACK, function (...$args) { echo count($args), " arguments: ", $args[3] ?? '-', "\n"; });
assert(1 > 2);
$f(0);
assert_options(ASSERT_CALLBACK, 'nope');
try {
    assert(false);
} catch (\Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
assert_options(ASSERT_CALLBACK, null);
ini_set('assert.exception', 1);
try {
    assert(strlen("ab") == 3);
} catch (\AssertionError $e) {
    echo $e->getMessage(), "\n";
}
try {
    $f(false);
} catch (\AssertionError $e) {
    var_dump($e->getMessage());
}
--EXPECTF--
Warning: assert(): assert($a != 0) failed in %s/tests/php/stdlib/assert_description.php on line 4
bool(false)

Warning: assert(): assert($a > 1) failed in %s/tests/php/stdlib/assert_description.php on line 5
bool(false)

Warning: assert(): assert(assertion: $a === 'x') failed in %s/tests/php/stdlib/assert_description.php on line 6
bool(false)

Warning: assert(): Assertion failed failed in %s/tests/php/stdlib/assert_description.php on line 8
bool(false)

Warning: assert(): Assertion failed failed in %s/tests/php/stdlib/assert_description.php on line 9
bool(false)
4 arguments: assert(1 > 2)

Warning: assert(): assert(1 > 2) failed in %s/tests/php/stdlib/assert_description.php on line 11
3 arguments: -

Warning: assert(): Assertion failed failed in %s/tests/php/stdlib/assert_description.php on line 12

Warning: assert(): assert(false) failed in %s/tests/php/stdlib/assert_description.php on line 15
Error: Invalid callback nope, function "nope" not found or invalid function name
assert(strlen('ab') == 3)
string(0) ""
