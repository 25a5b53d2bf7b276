--TEST--
$argv and $argc from --ARGS--
--ARGS--
one two --flag -x "quoted arg"
--FILE--
<?php
var_dump($argc, count($argv), array_slice($argv, 1), basename($argv[0]));
var_dump($_SERVER['argc'] === $argc, $_SERVER['argv'] === $argv);
--EXPECT--
int(6)
int(6)
array(5) {
  [0]=>
  string(3) "one"
  [1]=>
  string(3) "two"
  [2]=>
  string(6) "--flag"
  [3]=>
  string(2) "-x"
  [4]=>
  string(10) "quoted arg"
}
string(8) "argv.php"
bool(true)
bool(true)
