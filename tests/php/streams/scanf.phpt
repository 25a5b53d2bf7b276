--TEST--
sscanf and fscanf: conversions, variables, underflow
--FILE--
<?php
$f = fopen('php://memory', 'w+'); fwrite($f, "1 2 abc\n3 4 def\nx\n"); rewind($f);
while (($r = fscanf($f, "%d %d %s")) !== false) var_dump($r);
rewind($f); var_dump(fscanf($f, "%d %d", $a, $b), $a, $b);
var_dump(sscanf("5 six", "%d %s", $n, $w), $n, $w, sscanf("", "%d"), sscanf("", "%d", $z));
--EXPECT--
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  string(3) "abc"
}
array(3) {
  [0]=>
  int(3)
  [1]=>
  int(4)
  [2]=>
  string(3) "def"
}
array(3) {
  [0]=>
  NULL
  [1]=>
  NULL
  [2]=>
  NULL
}
int(2)
int(1)
int(2)
int(2)
int(5)
string(3) "six"
NULL
int(-1)
