--TEST--
PHP_BINARY is the running executable: a subprocess started with it runs PHP code (and exec() strips trailing whitespace, form feeds too)
--FILE--
<?php
var_dump(is_executable(PHP_BINARY));
exec(PHP_BINARY . ' -n -r ' . escapeshellarg('echo "abc\f\n \n", 6 * 7;'), $out, $rc);
var_dump($out, $rc);
?>
--EXPECT--
bool(true)
array(3) {
  [0]=>
  string(3) "abc"
  [1]=>
  string(0) ""
  [2]=>
  string(2) "42"
}
int(0)
