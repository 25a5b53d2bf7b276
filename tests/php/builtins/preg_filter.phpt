--TEST--
preg_filter: like preg_replace but only subjects something matched in (array keys kept; null for an unmatched string)
--FILE--
<?php
$subjects = ['1', 'a', '2', 'b', '3', 'A', 'B', '4'];
$pattern = ['/\d/', '/[a-z]/', '/[1a]/'];
$replace = ['A:$0', 'B:$0', 'C:$0'];
print_r(preg_filter($pattern, $replace, $subjects, -1, $count));
echo $count, "\n";
print_r(preg_replace($pattern, $replace, $subjects));
var_dump(preg_filter('/x/', 'y', 'abc'), preg_filter('/b/', 'y', 'abc', 1, $c), $c, preg_filter('/(/', 'y', 'abc'), preg_filter(['/a/'], 'z', ['k' => 'xa', 'm' => 'no']));
--EXPECTF--
Array
(
    [0] => A:C:1
    [1] => B:C:a
    [2] => A:2
    [3] => B:b
    [4] => A:3
    [7] => A:4
)
8
Array
(
    [0] => A:C:1
    [1] => B:C:a
    [2] => A:2
    [3] => B:b
    [4] => A:3
    [5] => A
    [6] => B
    [7] => A:4
)

Warning: preg_filter(): Compilation failed: missing closing parenthesis at offset 1 in %s/tests/php/builtins/preg_filter.php on line 8
NULL
string(3) "ayc"
int(1)
NULL
array(1) {
  ["k"]=>
  string(2) "xz"
}
