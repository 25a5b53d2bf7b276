--TEST--
intval, floatval, strval, boolval, settype
--FILE--
<?php
var_dump(intval("42abc"), intval(" 0x1A"), intval("0b11", 0), floatval("1.5e3abc"), floatval("-.5"), floatval("abc"), strval(1.0), strval(0.30000000000000004), boolval("0"), boolval([]), boolval("false"), boolval(0.0));
$v = "123"; settype($v, "integer"); var_dump($v);
$w = 5; settype($w, "array"); var_dump($w);
$x = "1.5"; settype($x, "float"); var_dump($x);
--EXPECT--
int(42)
int(0)
int(3)
float(1500)
float(-0.5)
float(0)
string(1) "1"
string(3) "0.3"
bool(false)
bool(false)
bool(true)
bool(false)
int(123)
array(1) {
  [0]=>
  int(5)
}
float(1.5)
