--TEST--
error_get_last and error_clear_last
--FILE--
<?php
var_dump(error_get_last());
@$x = $undefined;
var_dump(error_get_last());
@trigger_error("silenced", E_USER_NOTICE);
print_r(error_get_last());
error_clear_last();
var_dump(error_get_last());
set_error_handler(fn() => true);
echo $nope;
var_dump(error_get_last());
--EXPECTF--
NULL
array(4) {
  ["type"]=>
  int(2)
  ["message"]=>
  string(29) "Undefined variable $undefined"
  ["file"]=>
  string(%d) "%s/tests/php/exceptions/error_get_last.php"
  ["line"]=>
  int(3)
}
Array
(
    [type] => 1024
    [message] => silenced
    [file] => %s/tests/php/exceptions/error_get_last.php
    [line] => 5
)
NULL
NULL
