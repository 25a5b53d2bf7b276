--TEST--
assert_options() reads and sets the assert.* settings
--INI--
zend.assertions=1
--FILE--
<?php
var_dump(ASSERT_ACTIVE, ASSERT_CALLBACK, ASSERT_BAIL, ASSERT_WARNING, ASSERT_EXCEPTION);
var_dump(assert_options(ASSERT_ACTIVE), assert_options(ASSERT_CALLBACK));
var_dump(assert_options(ASSERT_EXCEPTION, 0), ini_get('assert.exception'));
var_dump(assert_options(ASSERT_WARNING, 0));
var_dump(assert(false));
assert_options(ASSERT_ACTIVE, "0");
var_dump(assert(false), ini_get('assert.active'));
assert_options(ASSERT_ACTIVE, 1);
assert_options(ASSERT_EXCEPTION, true);
try { $a = 'assert'; $a(false); } catch (AssertionError $e) { echo "AssertionError\n"; }
try { assert_options(9); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
int(1)
int(2)
int(3)
int(4)
int(5)
int(1)
NULL
int(1)
string(1) "0"
int(1)
bool(false)
bool(true)
string(1) "0"
AssertionError
assert_options(): Argument #1 ($option) must be an ASSERT_* constant
