--TEST--
Generators: explicit keys, auto keys after integer keys, non-scalar keys
--FILE--
<?php
function kv() {
    yield 'a' => 1;
    yield 2;
    yield 10 => 3;
    yield 4;
    yield -5 => 5;
    yield 6;
    yield '20' => 7;
    yield 8;
    yield 3.5 => 9;
    yield null => 10;
    yield [1, 2] => 11;
    yield true => 12;
    yield 13;
}
foreach (kv() as $k => $v) {
    echo $v, ": ";
    var_dump($k);
}
function dup() { yield 'x' => 1; yield 'x' => 2; yield 0 => 3; yield 0 => 4; }
foreach (dup() as $k => $v) echo "$k=$v ";
echo "\n";
--EXPECT--
1: string(1) "a"
2: int(0)
3: int(10)
4: int(11)
5: int(-5)
6: int(12)
7: string(2) "20"
8: int(13)
9: float(3.5)
10: NULL
11: array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
12: bool(true)
13: int(14)
x=1 x=2 0=3 0=4
