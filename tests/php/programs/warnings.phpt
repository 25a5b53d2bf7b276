--TEST--
program: warnings (undefined index/variable/property, division by zero, user errors, handler) and an uncaught exception
--FILE--
<?php
function avg(array $xs) { return array_sum($xs) / count($xs); }
$data = ['a' => 1, 'b' => 2];
echo $data['c'] ?? 'default', "\n";
echo $data['c'], "|\n";
echo $undefined, "|\n";
$arr = [1, 2, 3];
echo $arr[5], "|\n";
echo "str"[10] ?? 'none', "\n";
$s = "abc";
echo $s[5], "|\n";
try { echo avg([]), "\n"; } catch (DivisionByZeroError $e) { echo "caught: ", $e->getMessage(), "\n"; }
echo 10 % 3, "\n";
$n = null;
echo $n->prop, "|\n";
echo @$data['zzz'], "|silenced\n";
$x = "5 apples" + 3;
echo $x, "\n";
try { $y = "abc" * 1; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
echo intdiv(7, 2), "\n";
$list = [1, 2];
[$p, $q, $r] = $list;
var_dump($r);
$str = 'hello';
$str[10] = '!';
var_dump($str);
echo implode(',', [1, [2], 3]), "\n";
$o = new stdClass;
echo "obj: ", $o->missing ?? 'none', "\n";
echo $o->missing2, "|\n";
function f(int $a, $b = 2) { return $a + $b; }
echo f("3"), "\n";
echo strlen(null ?? ''), "\n";
echo str_repeat('x', 3) . $notset . "\n";
foreach ([1, 2] as $v) { $total = ($total ?? 0) + $v; }
echo $total, "\n";
$a = [3 => 'x'];
$a[] = 'y';
var_dump(array_key_last($a));
echo array_sum([1, 'x', 3]), "\n";
$k = [];
$k['a']['b'][] = 1;
echo json_encode($k), "\n";
$und['new'] = 1;
print_r($und);
echo (int)'1e3', ' ', '10' + '5.5', ' ', '0x10' + 0 ?? '', "\n";
trigger_error("custom notice", E_USER_NOTICE);
trigger_error("custom warning", E_USER_WARNING);
trigger_error("custom deprecated", E_USER_DEPRECATED);
set_error_handler(function ($no, $str, $file, $line) { echo "handler($no): $str @", basename($file), ":$line\n"; return true; });
echo $nope;
echo [1][3] ?? 'n', "\n";
echo [1][3];
restore_error_handler();
echo array_key_exists(1, [1 => null]) ? "kx\n" : "\n";
function thrower($d) { if ($d > 2) throw new LogicException("too deep: $d"); thrower($d + 1); }
try { thrower(0); } catch (LogicException $e) { echo $e->getMessage(), ' line ', $e->getLine(), "\n", $e->getTraceAsString(), "\n"; }
class MyEx extends Exception { public function __construct($m, private string $extra = 'x') { parent::__construct($m, 7, new RuntimeException('inner')); } }
try { throw new MyEx('outer'); } catch (Exception $e) { echo get_class($e), ' ', $e->getCode(), ' ', get_class($e->getPrevious()), ' ', $e->getPrevious()->getMessage(), "\n"; }
function fin() { try { return 'try'; } finally { echo "finally runs\n"; } }
echo fin(), "\n";
echo "before fatal\n";
thrower(0);
echo "never\n";
--EXPECTF--
default

Warning: Undefined array key "c" in %s/tests/php/programs/warnings.php on line 5
|

Warning: Undefined variable $undefined in %s/tests/php/programs/warnings.php on line 6
|

Warning: Undefined array key 5 in %s/tests/php/programs/warnings.php on line 8
|
none

Warning: Uninitialized string offset 5 in %s/tests/php/programs/warnings.php on line 11
|
caught: Division by zero
1

Warning: Attempt to read property "prop" on null in %s/tests/php/programs/warnings.php on line 15
|
|silenced

Warning: A non-numeric value encountered in %s/tests/php/programs/warnings.php on line 17
8
Unsupported operand types: string * int
3

Warning: Undefined array key 2 in %s/tests/php/programs/warnings.php on line 22
NULL
string(11) "hello     !"

Warning: Array to string conversion in %s/tests/php/programs/warnings.php on line 27
1,Array,3
obj: none

Warning: Undefined property: stdClass::$missing2 in %s/tests/php/programs/warnings.php on line 30
|
5
0

Warning: Undefined variable $notset in %s/tests/php/programs/warnings.php on line 34
xxx
3
int(4)
4
{"a":{"b":[1]}}
Array
(
    [new] => 1
)
1000 15.5 
Warning: A non-numeric value encountered in %s/tests/php/programs/warnings.php on line 46
0

Notice: custom notice in %s/tests/php/programs/warnings.php on line 47

Warning: custom warning in %s/tests/php/programs/warnings.php on line 48

Deprecated: custom deprecated in %s/tests/php/programs/warnings.php on line 49
handler(2): Undefined variable $nope @warnings.php:51
n
handler(2): Undefined array key 3 @warnings.php:53
kx
too deep: 3 line 56
#0 %s/tests/php/programs/warnings.php(56): thrower(3)
#1 %s/tests/php/programs/warnings.php(56): thrower(2)
#2 %s/tests/php/programs/warnings.php(56): thrower(1)
#3 %s/tests/php/programs/warnings.php(57): thrower(0)
#4 {main}
MyEx 7 RuntimeException inner
finally runs
try
before fatal

Fatal error: Uncaught LogicException: too deep: 3 in %s/tests/php/programs/warnings.php:56
Stack trace:
#0 %s/tests/php/programs/warnings.php(56): thrower(3)
#1 %s/tests/php/programs/warnings.php(56): thrower(2)
#2 %s/tests/php/programs/warnings.php(56): thrower(1)
#3 %s/tests/php/programs/warnings.php(63): thrower(0)
#4 {main}
  thrown in %s/tests/php/programs/warnings.php on line 56
