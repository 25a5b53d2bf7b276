--TEST--
var_dump and print_r of an exception
--FILE--
<?php
function f() { return new LogicException("dumped", 4); }
$e = f();
var_dump($e);
print_r(new Error("e"));
echo "\n";
var_dump(get_object_vars($e));
--EXPECTF--
object(LogicException)#1 (7) {
  ["message":protected]=>
  string(6) "dumped"
  ["string":"Exception":private]=>
  string(0) ""
  ["code":protected]=>
  int(4)
  ["file":protected]=>
  string(%d) "%s/tests/php/exceptions/var_dump_exception.php"
  ["line":protected]=>
  int(2)
  ["trace":"Exception":private]=>
  array(1) {
    [0]=>
    array(4) {
      ["file"]=>
      string(%d) "%s/tests/php/exceptions/var_dump_exception.php"
      ["line"]=>
      int(3)
      ["function"]=>
      string(1) "f"
      ["args"]=>
      array(0) {
      }
    }
  }
  ["previous":"Exception":private]=>
  NULL
}
Error Object
(
    [message:protected] => e
    [string:Error:private] => 
    [code:protected] => 0
    [file:protected] => %s/tests/php/exceptions/var_dump_exception.php
    [line:protected] => 5
    [trace:Error:private] => Array
        (
        )

    [previous:Error:private] => 
)

array(0) {
}
