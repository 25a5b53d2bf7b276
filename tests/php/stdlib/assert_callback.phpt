--TEST--
assert() runs assert.callback / assert_options(ASSERT_CALLBACK) callables (closures too) with file, line, null and the description; ini_set replaces it; bail stops the script
--INI--
zend.assertions=1
assert.exception=0
assert.warning=1
assert.callback=from_ini
--FILE--
<?php
function from_ini($file, $line, $null, $desc) { echo "from_ini ", basename($file), " $line ", var_export($null, true), " $desc\n"; }
function other(...$a) { echo "other ", count($a), "\n"; }
var_dump(assert(false, 'first'));
var_dump(assert_options(ASSERT_CALLBACK, function ($f, $l, $n, $d) { echo "closure $d\n"; }));
var_dump(assert(0, 'second'));
var_dump(ini_get('assert.callback'));
ini_set('assert.callback', 'other');
var_dump(assert_options(ASSERT_CALLBACK));
assert(false, 'third');
assert_options(ASSERT_CALLBACK, null);
var_dump(assert_options(ASSERT_CALLBACK));
assert(false, 'fourth');
ini_set('assert.exception', 1);
try {
    assert(false, 'fifth');
} catch (AssertionError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
ini_set('assert.exception', 0);
ini_set('assert.bail', 1);
assert(false, 'last');
echo "not reached\n";
--EXPECTF--
from_ini assert_callback.php 4 NULL first

Warning: assert(): first failed in %s/tests/php/stdlib/assert_callback.php on line 4
bool(false)
string(8) "from_ini"
closure second

Warning: assert(): second failed in %s/tests/php/stdlib/assert_callback.php on line 6
bool(false)
string(8) "from_ini"
string(5) "other"
other 4

Warning: assert(): third failed in %s/tests/php/stdlib/assert_callback.php on line 10
string(8) "from_ini"
from_ini assert_callback.php 13 NULL fourth

Warning: assert(): fourth failed in %s/tests/php/stdlib/assert_callback.php on line 13
from_ini assert_callback.php 16 NULL fifth
AssertionError: fifth
from_ini assert_callback.php 22 NULL last

Warning: assert(): last failed in %s/tests/php/stdlib/assert_callback.php on line 22
