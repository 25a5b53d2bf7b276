--TEST--
program: number crunching (matrices, int overflow to float, intdiv, %, **, rounding, float printing, bases)
--FILE--
<?php
function matmul(array $a, array $b): array {
    $n = count($a); $m = count($b[0]); $k = count($b);
    $c = array_fill(0, $n, array_fill(0, $m, 0));
    for ($i = 0; $i < $n; $i++)
        for ($j = 0; $j < $m; $j++)
            for ($x = 0; $x < $k; $x++)
                $c[$i][$j] += $a[$i][$x] * $b[$x][$j];
    return $c;
}
function show(array $m): void {
    foreach ($m as $row) echo implode("\t", $row), "\n";
}
$a = [[1, 2], [3, 4]];
$b = [[0.5, -1], [2, 0.25]];
show(matmul($a, $b));
$id = [[1, 0], [0, 1]];
$p = $a;
for ($i = 0; $i < 10; $i++) $p = matmul($p, $a);
show($p);

echo PHP_INT_MAX + 1, "\n";
var_dump(PHP_INT_MAX + 1, PHP_INT_MIN - 1, -PHP_INT_MIN, PHP_INT_MAX * 2, 9223372036854775807 * -1);
var_dump(intdiv(17, 5), intdiv(-17, 5), 17 % 5, -17 % 5, 17 % -5, fmod(17.5, 5), fmod(-7.5, 2));
var_dump(2 ** 10, 2 ** 63, 2 ** -1, (-2) ** 3, 0 ** 0, 10 ** 20, 7 ** 0.5);
var_dump(round(2.5), round(-2.5), round(3.14159, 2), round(1234.5678, -2), round(1.955, 2), round(5.045, 2), round(5.055, 2));
var_dump(floor(-2.5), ceil(-2.5), floor(5), abs(-5), abs(-5.5), abs(PHP_INT_MIN));
var_dump(0.1 + 0.2, 0.1 + 0.2 == 0.3, 1/3, 2/3, 10/4, 10/5, 7/7, 1e15, 1e16, 123456789012345678, 1.0, -0.0, 1e-7, 0.00001);
echo 0.1 + 0.2, ' ', 1/3, ' ', 1e15, ' ', 1e16, ' ', 1.5e-7, ' ', 100.0, ' ', -0.0, ' ', 2**0.5, "\n";
var_dump((int)"12abc", (float)"1.5e3xyz", (int)12.9, (int)-12.9, (int)"0x1A", intval("0x1A", 16), intval("012", 0), intval("101", 2), octdec("17"), hexdec("ff"), bindec("1111"));
var_dump(base_convert("255", 10, 16), dechex(255), decbin(10), decoct(64), str_pad(decbin(5), 8, "0", STR_PAD_LEFT));
var_dump(max(1, 2.5, "3"), min([4, 2, 8]), max("apple", "banana"), max([1, 2], [1, 3]), min(0, -0.0), max("10", "9"));
var_dump(array_sum([1, 2.5, "3"]), array_product([2, "3", 4]), array_sum([]), array_product([]));
var_dump(is_numeric("1e5"), is_numeric(" 5"), is_numeric("5 "), is_numeric("0x1A"), is_numeric("."), "10" == "1e1", "abc" == 0, null == false, "1" == "01", 100 == "1e2");
var_dump(1 <=> 2, "a" <=> "b", [1, 2] <=> [1, 2], 1.5 <=> 1.5);
var_dump(sqrt(16), sqrt(-1), pi(), M_E, log(M_E), log10(1000), log(8, 2), exp(1), pow(2, 0.5), pow("3", 2), hypot(3, 4));
var_dump(sin(0), cos(M_PI), tan(M_PI_4), atan2(1, 1), deg2rad(180), rad2deg(M_PI));
var_dump(is_nan(NAN), is_infinite(INF), -INF, NAN == NAN, INF > PHP_INT_MAX, (int)INF, (int)NAN, is_finite(1e308 * 10));
var_dump(PHP_FLOAT_EPSILON, PHP_FLOAT_MAX, PHP_FLOAT_MIN, PHP_INT_SIZE);
var_dump(7 <=> 7.0, "abc" < "abd", "Z" < "a", "10" < "9", "10" < "9a", 1e3 === 1000.0);
$fib = [0, 1];
for ($i = 2; $i < 95; $i++) $fib[$i] = $fib[$i - 1] + $fib[$i - 2];
echo $fib[90], ' ', $fib[92], ' ', $fib[93], ' ', $fib[94], "\n";
var_dump($fib[93]);
$f = 1;
for ($i = 1; $i <= 25; $i++) { $f *= $i; if ($i >= 19) var_dump($f); }
echo number_format(1e6), ' ', number_format(1234.5), ' ', number_format(0.125, 2), ' ', number_format(1.005, 2), ' ', number_format(-0.4), "\n";
printf("%.15f %.20f %5.3e %d %d\n", 0.1, 1/3, 123456.789, "12abc" + 0 ?? 0, 3.99);
var_dump(10 % 3.5, "7" % "3", 2 ** 62 * 2, -7 / 2, 7 <=> "7", 0.1 * 3, 1.1 * 1.1);
var_dump(array_map(fn($x) => $x / 10, range(1, 5)));
var_dump(range(0, 1, 0.25), range('a', 'e', 2), range(5, 1, 2), range('A', 'C'));
var_dump(round(-0.4), floor(-0.5), 0.1 + 0.7, (0.1 + 0.7) * 10, (int)((0.1 + 0.7) * 10));
var_dump(PHP_INT_MAX, (float)PHP_INT_MAX, PHP_INT_MAX == (float)PHP_INT_MAX, 0.1 + 0.2 <=> 0.3);
var_dump(1 / 7 * 7, 3.0 * 1.1, 1e22, 1e21, 123456789012345.678, 0.1e-6, 5e-324, 2.2250738585072014E-308);
var_dump(10 / 3);
try { echo 1 % 0; } catch (DivisionByZeroError $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { echo intdiv(1, 0); } catch (DivisionByZeroError $e) { echo $e->getMessage(), "\n"; }
try { echo intdiv(PHP_INT_MIN, -1); } catch (ArithmeticError $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { echo 1 / 0; } catch (DivisionByZeroError $e) { echo $e->getMessage(), "\n"; }
echo fdiv(1, 0), ' ', fdiv(-1, 0), ' ', fdiv(0, 0), "\n";
var_dump(PHP_INT_MIN % -1);
--EXPECTF--
4.5	-0.5
9.5	-2
25699957	37455814
56183721	81883678
9.2233720368548E+18
float(9.223372036854776E+18)
float(-9.223372036854776E+18)
float(9.223372036854776E+18)
float(1.8446744073709552E+19)
int(-9223372036854775807)
int(3)
int(-3)
int(2)
int(-2)
int(2)
float(2.5)
float(-1.5)
int(1024)
float(9.223372036854776E+18)
float(0.5)
int(-8)
int(1)
float(1.0E+20)
float(2.6457513110645907)
float(3)
float(-3)
float(3.14)
float(1200)
float(1.96)
float(5.05)
float(5.06)
float(-3)
float(-2)
float(5)
int(5)
float(5.5)
float(9.223372036854776E+18)
float(0.30000000000000004)
bool(false)
float(0.3333333333333333)
float(0.6666666666666666)
float(2.5)
int(2)
int(1)
float(1000000000000000)
float(10000000000000000)
int(123456789012345678)
float(1)
float(-0)
float(1.0E-7)
float(1.0E-5)
0.3 0.33333333333333 1.0E+15 1.0E+16 1.5E-7 100 -0 1.4142135623731
int(12)
float(1500)
int(12)
int(-12)
int(0)
int(26)
int(10)
int(5)
int(15)
int(255)
int(15)
string(2) "ff"
string(2) "ff"
string(4) "1010"
string(3) "100"
string(8) "00000101"
string(1) "3"
int(2)
string(6) "banana"
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(3)
}
int(0)
string(2) "10"
float(6.5)
int(24)
int(0)
int(1)
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
int(-1)
int(-1)
int(0)
int(0)
float(4)
float(NAN)
float(3.141592653589793)
float(2.718281828459045)
float(1)
float(3)
float(3)
float(2.718281828459045)
float(1.4142135623730951)
int(9)
float(5)
float(0)
float(-1)
float(0.9999999999999999)
float(0.7853981633974483)
float(3.141592653589793)
float(180)
bool(true)
bool(true)
float(-INF)
bool(false)
bool(true)
int(0)
int(0)
bool(false)
float(2.220446049250313E-16)
float(1.7976931348623157E+308)
float(2.2250738585072014E-308)
int(8)
int(0)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
2880067194370816120 7540113804746346429 1.2200160415122E+19 1.9740274219868E+19
float(1.2200160415121877E+19)
int(121645100408832000)
int(2432902008176640000)
float(5.109094217170944E+19)
float(1.1240007277776077E+21)
float(2.585201673888498E+22)
float(6.204484017332394E+23)
float(1.5511210043330986E+25)
1,000,000 1,235 0.13 1.01 0

Warning: A non-numeric value encountered in %s/tests/php/programs/numbers.php on line 48
0.100000000000000 0.33333333333333331483 1.235e+5 12 3

Deprecated: Implicit conversion from float 3.5 to int loses precision in %s/tests/php/programs/numbers.php on line 49
int(1)
int(1)
float(9.223372036854776E+18)
float(-3.5)
int(0)
float(0.30000000000000004)
float(1.2100000000000002)
array(5) {
  [0]=>
  float(0.1)
  [1]=>
  float(0.2)
  [2]=>
  float(0.3)
  [3]=>
  float(0.4)
  [4]=>
  float(0.5)
}
array(5) {
  [0]=>
  float(0)
  [1]=>
  float(0.25)
  [2]=>
  float(0.5)
  [3]=>
  float(0.75)
  [4]=>
  float(1)
}
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "c"
  [2]=>
  string(1) "e"
}
array(3) {
  [0]=>
  int(5)
  [1]=>
  int(3)
  [2]=>
  int(1)
}
array(3) {
  [0]=>
  string(1) "A"
  [1]=>
  string(1) "B"
  [2]=>
  string(1) "C"
}
float(-0)
float(-1)
float(0.7999999999999999)
float(7.999999999999999)
int(7)
int(9223372036854775807)
float(9.223372036854776E+18)
bool(true)
int(1)
float(1)
float(3.3000000000000003)
float(1.0E+22)
float(1.0E+21)
float(123456789012345.67)
float(1.0E-7)
float(5.0E-324)
float(2.2250738585072014E-308)
float(3.3333333333333335)
DivisionByZeroError: Modulo by zero
Division by zero
ArithmeticError: Division of PHP_INT_MIN by -1 is not an integer
Division by zero
INF -INF NAN
int(0)
