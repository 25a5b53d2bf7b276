--TEST--
putenv()/getenv(), get_cfg_var() of -d settings (arrays too) and dl()'s warnings
--INI--
user_agent=first
ary[a]=1
ary[b]=2
enable_dl=1
--FILE--
<?php
var_dump(getenv('MINIPHP_TEST_VAR'));
var_dump(putenv('MINIPHP_TEST_VAR=one'));
var_dump(getenv('MINIPHP_TEST_VAR'));
var_dump(array_key_exists('MINIPHP_TEST_VAR', getenv()));
var_dump(putenv('MINIPHP_TEST_VAR='), getenv('MINIPHP_TEST_VAR'));
var_dump(putenv('MINIPHP_TEST_VAR'), getenv('MINIPHP_TEST_VAR'));
foreach (['=x', ''] as $bad) {
    try {
        putenv($bad);
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
var_dump(get_cfg_var('user_agent'));
ini_set('user_agent', 'second');
var_dump(get_cfg_var('user_agent'));
var_dump(get_cfg_var('ary'));
var_dump(get_cfg_var('no.such.setting'));
var_dump(dl('/path/to/module'));
var_dump(dl(str_repeat('a', 5000)));
--EXPECTF--
bool(false)
bool(true)
string(3) "one"
bool(true)
bool(true)
string(0) ""
bool(true)
bool(false)
putenv(): Argument #1 ($assignment) must have a valid syntax
putenv(): Argument #1 ($assignment) must have a valid syntax
string(5) "first"
string(5) "first"
array(2) {
  ["a"]=>
  string(1) "1"
  ["b"]=>
  string(1) "2"
}
bool(false)

Warning: dl(): Temporary module name should contain only filename in %s/tests/php/stdlib/env_cfg_dl.php on line 20
bool(false)

Warning: dl(): Filename exceeds the maximum allowed length of 4096 characters in %s/tests/php/stdlib/env_cfg_dl.php on line 21
bool(false)
