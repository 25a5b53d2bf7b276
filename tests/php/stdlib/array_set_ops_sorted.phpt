--TEST--
array_intersect(), array_uintersect() and array_udiff() sort each array and walk them side by side as php_array_intersect / php_array_diff: the callback sees the same calls in the same order, string conversions warn as often; duplicates, several arrays, one array, empty arrays
--FILE--
<?php
function cmp($a, $b) { echo "($a,$b)"; return $a <=> $b; }
$a = [5, 3, 'x' => 3, 1, 9, 7];
$b = [3, 4, 9, 10];
$c = [9, 3, 2];
print_r(array_udiff($a, $b, 'cmp')); echo "\n";
print_r(array_uintersect($a, $b, 'cmp')); echo "\n";
print_r(array_udiff($a, $b, $c, 'cmp')); echo "\n";
print_r(array_uintersect($a, $b, $c, 'cmp')); echo "\n";
print_r(array_uintersect($a, 'cmp')); echo "\n";
print_r(array_udiff($a, [], 'cmp')); echo "\n";
print_r(array_uintersect([], $b, 'cmp')); echo "\n";
print_r(array_intersect(["a" => "1", "b" => 2, "c" => "2", 3, "x"], [2, "x", 1.0, "3"], ["1", "2", "x"]));
var_dump(array_intersect([[1], 2, [3]], [[1], 2]));
var_dump(array_intersect([1, 2], [[1], "2"]));
?>
--EXPECTF--
(5,3)(5,3)(3,3)(5,1)(3,1)(3,1)(5,9)(9,7)(5,7)(3,4)(4,9)(9,10)(1,3)(1,3)(3,3)(3,3)(3,5)(5,4)(5,9)(5,7)(7,9)(7,9)(9,9)Array
(
    [0] => 5
    [2] => 1
    [4] => 7
)

(5,3)(5,3)(3,3)(5,1)(3,1)(3,1)(5,9)(9,7)(5,7)(3,4)(4,9)(9,10)(1,3)(3,3)(3,3)(3,3)(3,5)(5,4)(5,9)(7,9)(9,9)(9,9)Array
(
    [1] => 3
    [x] => 3
    [3] => 9
)

(5,3)(5,3)(3,3)(5,1)(3,1)(3,1)(5,9)(9,7)(5,7)(3,4)(4,9)(9,10)(9,3)(2,3)(1,3)(1,2)(1,3)(3,3)(3,3)(3,5)(5,4)(5,9)(5,2)(5,3)(5,9)(5,7)(7,9)(7,9)(7,9)(9,9)Array
(
    [0] => 5
    [2] => 1
    [4] => 7
)

(5,3)(5,3)(3,3)(5,1)(3,1)(3,1)(5,9)(9,7)(5,7)(3,4)(4,9)(9,10)(9,3)(2,3)(1,3)(3,3)(3,3)(3,2)(3,3)(3,3)(3,5)(5,4)(5,9)(7,9)(9,9)(9,9)(9,9)Array
(
    [1] => 3
    [x] => 3
    [3] => 9
)

(5,3)(5,3)(3,3)(5,1)(3,1)(3,1)(5,9)(9,7)(5,7)(1,3)(3,3)(3,5)(5,7)(7,9)Array
(
    [0] => 5
    [1] => 3
    [x] => 3
    [2] => 1
    [3] => 9
    [4] => 7
)

(5,3)(5,3)(3,3)(5,1)(3,1)(3,1)(5,9)(9,7)(5,7)(1,3)(3,3)(3,5)(5,7)(7,9)Array
(
    [0] => 5
    [1] => 3
    [x] => 3
    [2] => 1
    [3] => 9
    [4] => 7
)

(3,4)(4,9)(9,10)Array
(
)

Array
(
    [a] => 1
    [b] => 2
    [c] => 2
    [1] => x
)

Warning: Array to string conversion in %s/tests/php/stdlib/array_set_ops_sorted.php on line 14

Warning: Array to string conversion in %s/tests/php/stdlib/array_set_ops_sorted.php on line 14

Warning: Array to string conversion in %s/tests/php/stdlib/array_set_ops_sorted.php on line 14

Warning: Array to string conversion in %s/tests/php/stdlib/array_set_ops_sorted.php on line 14

Warning: Array to string conversion in %s/tests/php/stdlib/array_set_ops_sorted.php on line 14

Warning: Array to string conversion in %s/tests/php/stdlib/array_set_ops_sorted.php on line 14

Warning: Array to string conversion in %s/tests/php/stdlib/array_set_ops_sorted.php on line 14

Warning: Array to string conversion in %s/tests/php/stdlib/array_set_ops_sorted.php on line 14

Warning: Array to string conversion in %s/tests/php/stdlib/array_set_ops_sorted.php on line 14

Warning: Array to string conversion in %s/tests/php/stdlib/array_set_ops_sorted.php on line 14
array(3) {
  [0]=>
  array(1) {
    [0]=>
    int(1)
  }
  [1]=>
  int(2)
  [2]=>
  array(1) {
    [0]=>
    int(3)
  }
}

Warning: Array to string conversion in %s/tests/php/stdlib/array_set_ops_sorted.php on line 15
array(1) {
  [1]=>
  int(2)
}
