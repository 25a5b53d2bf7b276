--TEST--
program: edge semantics (string increment, overflow, array key casting, destructuring, spread with keys, loose comparisons, casts, printf/float printing, rounding)
--FILE--
<?php
$s = 'a'; $s++; echo $s, ' '; $s = 'Az'; $s++; echo $s, ' '; $s = 'zz'; $s++; echo $s, ' '; $s = 'a9'; $s++; echo $s, ' '; $s = '9'; $s++; var_dump($s);
$n = null; $n++; var_dump($n); $n = null; $n--; var_dump($n);
$i = PHP_INT_MAX; $i++; var_dump($i); $j = PHP_INT_MIN; $j--; var_dump($j);
$f = 1.5; $f++; var_dump($f);
$arr = [];
$arr['08'] = 'a'; $arr['8'] = 'b'; $arr[true] = 'c'; $arr[null] = 'd'; $arr['-5'] = 'e'; $arr['-0'] = 'f'; $arr[' 1'] = 'g'; $arr['1.5'] = 'h';
var_dump($arr);
$neg = [-5 => 'a']; $neg[] = 'b'; var_dump($neg);
$mixed = [5 => 'x', 'k' => 'y']; $mixed[] = 'z'; var_dump(array_keys($mixed));
[, $second, , $fourth] = [1, 2, 3, 4]; echo $second, $fourth, "\n";
['a' => $aa, 'c' => ['d' => $dd]] = ['a' => 1, 'c' => ['d' => 2]]; echo $aa, $dd, "\n";
foreach ([[1, [2, 3]], [4, [5, 6]]] as [$p, [$q, $r]]) echo "$p$q$r ";
echo "\n";
$spread = [...['a' => 1, 'b' => 2], ...['b' => 3, 'c' => 4], ...[5, 6]]; var_dump($spread);
function kw(int ...$nums) { return array_sum($nums); } echo kw(...[1, 2, 3]), "\n";
function named(...$args) { return json_encode($args); } echo named(1, 2, x: 3, y: 4), "\n";
var_dump("abc" <=> "abd", [1, 2, 3] <=> [1, 2, 4], "10" == "10.0", "1e3" == "1000", "abc" == "ABC", null ?? "default", 0 ?: "elvis");
var_dump(0 == "", null == 0, "0" == false, "" == null, [] == false, "a" == 0, 1 == "1abc");
var_dump((string)true, (string)false, (int)"  42  ", (int)"42abc", (float)".5", (bool)"0", (bool)"0.0", (bool)[], (bool)[0], intval(42.99), intval("-0x1A", 16), (int)12.5e3);
var_dump(1 + 1.0, 7 / 2, 6 / 2, "3" + "4", "1.5" + 1, 2 ** 3, 2 ** 0.5, -7 % 3, 7.5 % 2, 10 <=> 9.99);
printf("[%5.2f] [%-8s] [%08.3f] [%+d] [%x] [%X] [%o] [%c] [%e] [%.3e] [%g] [%10.4s] [%u] [%%]\n", 3.14159, "hi", -3.14159, 5, 255, 255, 8, 97, 1234.5678, 0.000123456, 0.00001234, "abcdefgh", -3);
printf("%s %s %s %s %s\n", 1.0, 0.1 + 0.2, 1e100, -1.5e-10, 100000000000000000000.0);
echo 1.0, ' ', 2.50, ' ', 1/3, ' ', 1e15, ' ', 1e14 + 0.5, ' ', PHP_FLOAT_EPSILON, ' ', 0.1 + 0.7, ' ', round(1.005, 2), ' ', 3.0 * 1.1, "\n";
echo json_encode([1.0, 0.1 + 0.2, 1e25, 3.0 * 1.1]), ' ', var_export(1e25, true), ' ', serialize(0.1), "\n";
echo number_format(2.675, 2), ' ', number_format(1e15, 0, '', ''), ' ', number_format(-1234.567, 1), ' ', number_format(0.5), ' ', number_format(1.5), ' ', number_format(2.5), "\n";
echo str_repeat('=', 3), sprintf('%03d', 7), sprintf('%-3d|', 7), sprintf('%5s|%-5s|', 'ab', 'ab'), sprintf("%'#10s", 'x'), "\n";
echo implode(',', array_map(fn($x) => round($x, 1), [1.25, 1.35, -1.25, 2.45])), ' ', implode(',', array_map('floor', [-1.5, 1.5])), ' ', implode(',', [ceil(-0.5), round(-0.4)]), "\n";
var_dump(round(-0.4), ceil(-0.5), -0.0 == 0.0, 1 <=> NAN);
--EXPECTF--
b Ba aaa b0 int(10)
int(1)
NULL
float(9.223372036854776E+18)
float(-9.223372036854776E+18)
float(2.5)
array(8) {
  ["08"]=>
  string(1) "a"
  [8]=>
  string(1) "b"
  [1]=>
  string(1) "c"
  [""]=>
  string(1) "d"
  [-5]=>
  string(1) "e"
  ["-0"]=>
  string(1) "f"
  [" 1"]=>
  string(1) "g"
  ["1.5"]=>
  string(1) "h"
}
array(2) {
  [-5]=>
  string(1) "a"
  [-4]=>
  string(1) "b"
}
array(3) {
  [0]=>
  int(5)
  [1]=>
  string(1) "k"
  [2]=>
  int(6)
}
24
12
123 456 
array(5) {
  ["a"]=>
  int(1)
  ["b"]=>
  int(3)
  ["c"]=>
  int(4)
  [0]=>
  int(5)
  [1]=>
  int(6)
}
6
{"0":1,"1":2,"x":3,"y":4}
int(-1)
int(-1)
bool(true)
bool(true)
bool(false)
string(7) "default"
string(5) "elvis"
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
string(1) "1"
string(0) ""
int(42)
int(42)
float(0.5)
bool(false)
bool(true)
bool(false)
bool(true)
int(42)
int(-26)
int(12500)

Deprecated: Implicit conversion from float 7.5 to int loses precision in %s/tests/php/programs/edge.php on line 21
float(2)
float(3.5)
int(3)
int(7)
float(2.5)
int(8)
float(1.4142135623730951)
int(-1)
int(1)
int(1)
[ 3.14] [hi      ] [-003.142] [+5] [ff] [FF] [10] [a] [1.234568e+3] [1.235e-4] [1.234e-5] [      abcd] [18446744073709551613] [%]
1 0.3 1.0E+100 -1.5E-10 1.0E+20
1 2.5 0.33333333333333 1.0E+15 1.0E+14 2.2204460492503E-16 0.8 1.01 3.3
[1,0.30000000000000004,1.0e+25,3.3000000000000003] 1.0E+25 d:0.1;
2.68 1000000000000000 -1,234.6 1 2 3
===0077  |   ab|ab   |#########x
1.3,1.4,-1.3,2.5 -2,1 -0,-0
float(-0)
float(-0)
bool(true)
int(1)
