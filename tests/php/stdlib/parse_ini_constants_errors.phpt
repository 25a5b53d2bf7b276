--TEST--
parse_ini_string()/parse_ini_file(): constants among several unquoted words are replaced (blanks kept); a file that cannot be opened warns "Failed to open stream"; a file's syntax error names the file
--FILE--
<?php
define('MY_CONST', 'mine');
var_dump(parse_ini_string("foo = E_ALL E_NOTICE\nbar = MY_CONST and E_WARNING\nbaz = E_ALL | E_NOTICE\nqux = lower words\n"));
var_dump(parse_ini_file(__DIR__ . "/no-such-file.ini"));
$f = __DIR__ . "/parse_ini_constants_errors.tmp";
file_put_contents($f, "ok = 1\nbad = a = b\n");
$r = parse_ini_file($f);
var_dump($r);
unlink($f);
?>
--EXPECTF--
array(4) {
  ["foo"]=>
  string(7) "32767 8"
  ["bar"]=>
  string(10) "mine and 2"
  ["baz"]=>
  string(5) "32767"
  ["qux"]=>
  string(11) "lower words"
}

Warning: parse_ini_file(%s/tests/php/stdlib/no-such-file.ini): Failed to open stream: No such file or directory in %s/tests/php/stdlib/parse_ini_constants_errors.php on line 4
bool(false)

Warning: syntax error, unexpected '=' in %s/tests/php/stdlib/parse_ini_constants_errors.tmp on line 2
 in %s/tests/php/stdlib/parse_ini_constants_errors.php on line 7
bool(false)
