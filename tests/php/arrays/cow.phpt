--TEST--
arrays are values: copy on assignment
--FILE--
<?php
$a = [1, 2, [3, 4]];
$b = $a;
$b[] = 5;
$b[2][] = 'x';
var_dump($a, $b);
function modify(array $arr) { $arr[0] = 'changed'; return $arr; }
$c = modify($a);
var_dump($a[0], $c[0]);
--EXPECT--
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  array(2) {
    [0]=>
    int(3)
    [1]=>
    int(4)
  }
}
array(4) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  array(3) {
    [0]=>
    int(3)
    [1]=>
    int(4)
    [2]=>
    string(1) "x"
  }
  [3]=>
  int(5)
}
int(1)
string(7) "changed"
