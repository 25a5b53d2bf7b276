--TEST--
parsing key=value lines
--FILE--
<?php
$input = "name=miniphp\nversion = 0.1\n# comment\n\nflags=a,b,c";
$conf = [];
foreach (explode("\n", $input) as $line) {
    $line = trim($line);
    if ($line === '' || $line[0] === '#') continue;
    [$k, $v] = array_map('trim', explode('=', $line, 2));
    $conf[$k] = str_contains($v, ',') ? explode(',', $v) : $v;
}
var_dump($conf);
--EXPECT--
array(3) {
  ["name"]=>
  string(7) "miniphp"
  ["version"]=>
  string(3) "0.1"
  ["flags"]=>
  array(3) {
    [0]=>
    string(1) "a"
    [1]=>
    string(1) "b"
    [2]=>
    string(1) "c"
  }
}
