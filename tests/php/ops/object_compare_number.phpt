--TEST--
An object compared with a number is taken as 1 with a notice; with an array or a non-stringable string it is the greater; operand conversion order of + and .=
--FILE--
<?php
class S { function __toString() { return "s"; } }
enum E { case A; }
$o = new stdClass;
var_dump($o == 1, 1 < $o, $o == 1.0, $o <=> 2, 0.5 <=> $o);
var_dump([1, 2] < $o, $o > [1], $o <=> "x", "x" <=> $o, new S == "s", new S <=> "t");
var_dump(E::A == 1, 1 == E::A, E::A <=> 0);
var_dump(in_array(1, [$o]));
switch ($o) { case 1: echo "case 1\n"; break; default: echo "default\n"; }
try { $x = "123foo" + []; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { $x = [] + "123foo"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$a = [];
try { $a .= new stdClass; } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump($a);
try { ~$o; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
Notice: Object of class stdClass could not be converted to int in %s/tests/php/ops/object_compare_number.php on line 5

Notice: Object of class stdClass could not be converted to int in %s/tests/php/ops/object_compare_number.php on line 5

Notice: Object of class stdClass could not be converted to float in %s/tests/php/ops/object_compare_number.php on line 5

Notice: Object of class stdClass could not be converted to int in %s/tests/php/ops/object_compare_number.php on line 5

Notice: Object of class stdClass could not be converted to float in %s/tests/php/ops/object_compare_number.php on line 5
bool(true)
bool(false)
bool(true)
int(-1)
int(-1)
bool(true)
bool(true)
int(1)
int(-1)
bool(true)
int(-1)
bool(false)
bool(false)
int(1)

Notice: Object of class stdClass could not be converted to int in %s/tests/php/ops/object_compare_number.php on line 8
bool(true)

Notice: Object of class stdClass could not be converted to int in %s/tests/php/ops/object_compare_number.php on line 9
case 1

Warning: A non-numeric value encountered in %s/tests/php/ops/object_compare_number.php on line 10
Unsupported operand types: string + array
Unsupported operand types: array + string

Warning: Array to string conversion in %s/tests/php/ops/object_compare_number.php on line 13
Object of class stdClass could not be converted to string
array(0) {
}
Cannot perform bitwise not on stdClass
