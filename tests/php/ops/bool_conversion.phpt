--TEST--
conversion to boolean
--FILE--
<?php
foreach ([0, 1, -1, 0.0, -0.0, 0.1, "", "0", "00", "0.0", " ", "a", [], [0], null, NAN] as $v) {
    echo var_export($v, true), " => ", var_export((bool)$v, true), "\n";
}
--EXPECT--
0 => false
1 => true
-1 => true
0.0 => false
-0.0 => false
0.1 => true
'' => false
'0' => false
'00' => true
'0.0' => true
' ' => true
'a' => true
array (
) => false
array (
  0 => 0,
) => true
NULL => false
NAN => true
