--TEST--
array_fill refuses keys past PHP_INT_MAX and counts past INT_MAX; array_pad refuses to add more than 1048576 elements
--FILE--
<?php
foreach ([[PHP_INT_MAX, 2], [PHP_INT_MAX, 1], [PHP_INT_MAX - 1, 2], [0, PHP_INT_MAX]] as [$start, $n]) {
    try { var_dump(count(array_fill($start, $n, 0))); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
foreach ([1048577, 1048576, -1048578, 3] as $n) {
    try { var_dump(count(array_pad([1], $n, 0))); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
}
--EXPECT--
Error: Cannot add element to the array as the next element is already occupied
int(1)
int(2)
ValueError: array_fill(): Argument #2 ($count) is too large
int(1048577)
int(1048576)
array_pad(): Argument #2 ($length) must be less than or equal to 1048576
int(3)
