--TEST--
print_r of nested arrays and return mode
--FILE--
<?php
print_r([1, 'k' => ['x' => null, 'y' => false, 'z' => true], 2.5, []]);
echo "\n";
print_r("string"); echo "\n";
print_r(1.0); echo "\n";
print_r(null); print_r(false); echo "|\n";
$s = print_r([1, [2]], true);
var_dump($s);
--EXPECT--
Array
(
    [0] => 1
    [k] => Array
        (
            [x] => 
            [y] => 
            [z] => 1
        )

    [1] => 2.5
    [2] => Array
        (
        )

)

string
1
|
string(82) "Array
(
    [0] => 1
    [1] => Array
        (
            [0] => 2
        )

)
"
