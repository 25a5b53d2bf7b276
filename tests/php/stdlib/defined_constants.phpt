--TEST--
get_defined_constants() in registration order (user constants last, in definition order; categorized under "user") and get_extension_funcs()
--FILE--
<?php
define('ZED', 1);
const ALPHA = 'a';
define('MID', [1, 2]);
$all = get_defined_constants();
var_dump(array_slice($all, -3, 3, true));
var_dump(get_defined_constants(true)['user']);
foreach ($all as $name => $value) {
    if (strpos($name, 'PHP_URL') === 0) {
        echo "$name: $value\n";
    }
}
var_dump($all['E_ALL'], $all['PHP_INT_MAX'] === PHP_INT_MAX);
$funcs = get_extension_funcs('STANDARD');
var_dump(in_array('str_replace', $funcs), in_array('strlen', $funcs), in_array('preg_match', $funcs));
var_dump(in_array('preg_match', get_extension_funcs('pcre')));
var_dump(get_extension_funcs('no_such_extension'));
--EXPECT--
array(3) {
  ["ZED"]=>
  int(1)
  ["ALPHA"]=>
  string(1) "a"
  ["MID"]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
}
array(3) {
  ["ZED"]=>
  int(1)
  ["ALPHA"]=>
  string(1) "a"
  ["MID"]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
}
PHP_URL_SCHEME: 0
PHP_URL_HOST: 1
PHP_URL_PORT: 2
PHP_URL_USER: 3
PHP_URL_PASS: 4
PHP_URL_PATH: 5
PHP_URL_QUERY: 6
PHP_URL_FRAGMENT: 7
int(32767)
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)
bool(false)
