--TEST--
RecursiveRegexIterator
--FILE--
<?php
$r = new RecursiveRegexIterator(new RecursiveArrayIterator(['test1', ['tet3', 'test4', 'test5'], 'x']), '/^test/', RecursiveRegexIterator::ALL_MATCHES);
foreach ($r as $k => $v) { echo $k, ": "; var_dump($v); }
foreach (new RecursiveIteratorIterator(new RecursiveRegexIterator(new RecursiveArrayIterator(['ab', ['ac', 'bd'], 'ae']), '/^a/')) as $v) echo $v, " ";
echo "\n";

--EXPECT--
0: array(1) {
  [0]=>
  array(1) {
    [0]=>
    string(4) "test"
  }
}
1: array(3) {
  [0]=>
  string(4) "tet3"
  [1]=>
  string(5) "test4"
  [2]=>
  string(5) "test5"
}
ab ac ae
