--TEST--
enum cases compare only by identity: against bools, ints and other cases every ordering is false
--FILE--
<?php
enum E { case A; case B; }
$t = true; $f = false; $n = null; $one = 1;
foreach ([$t, $f, $n, $one, E::B, E::A] as $x) {
    var_dump([E::A == $x, E::A < $x, E::A <= $x, E::A > $x, E::A >= $x, E::A <=> $x, $x <=> E::A]);
}
var_dump(E::A == true, E::A != false);
--EXPECT--
array(7) {
  [0]=>
  bool(false)
  [1]=>
  bool(false)
  [2]=>
  bool(false)
  [3]=>
  bool(false)
  [4]=>
  bool(false)
  [5]=>
  int(1)
  [6]=>
  int(1)
}
array(7) {
  [0]=>
  bool(false)
  [1]=>
  bool(false)
  [2]=>
  bool(false)
  [3]=>
  bool(false)
  [4]=>
  bool(false)
  [5]=>
  int(1)
  [6]=>
  int(1)
}
array(7) {
  [0]=>
  bool(false)
  [1]=>
  bool(false)
  [2]=>
  bool(false)
  [3]=>
  bool(true)
  [4]=>
  bool(true)
  [5]=>
  int(1)
  [6]=>
  int(-1)
}
array(7) {
  [0]=>
  bool(false)
  [1]=>
  bool(false)
  [2]=>
  bool(false)
  [3]=>
  bool(false)
  [4]=>
  bool(false)
  [5]=>
  int(1)
  [6]=>
  int(1)
}
array(7) {
  [0]=>
  bool(false)
  [1]=>
  bool(false)
  [2]=>
  bool(false)
  [3]=>
  bool(false)
  [4]=>
  bool(false)
  [5]=>
  int(1)
  [6]=>
  int(1)
}
array(7) {
  [0]=>
  bool(true)
  [1]=>
  bool(false)
  [2]=>
  bool(true)
  [3]=>
  bool(false)
  [4]=>
  bool(true)
  [5]=>
  int(0)
  [6]=>
  int(0)
}
bool(true)
bool(true)
