--TEST--
program: warnings, notices and deprecations on the way under error_reporting(E_ALL), arithmetic errors
--FILE--
<?php
// Warnings and notices on the way (error_reporting(E_ALL)): undefined index/property, array to string, deprecations
error_reporting(E_ALL);
final class Config {
    public array $data = ['db' => ['host' => 'localhost', 'port' => 5432]];
    public ?string $name = null;
}
function get(array $a, string $path) {
    $cur = $a;
    foreach (explode('.', $path) as $p) { $cur = $cur[$p]; }
    return $cur;
}
$c = new Config();
echo get($c->data, 'db.host'), "\n";
var_dump(get($c->data, 'db.user'));
var_dump(get($c->data, 'cache.ttl'));
echo $c->missing ?? 'dflt', "\n";
echo "prop: ", $c->missing, "\n";
$arr = [1, 2, 3];
echo "arr: " . $arr . "\n";
$s = implode(',', [[1], 2]);
echo $s, "\n";
$undef[] = 1; echo count($undef), "\n";
echo $nope ?? 'nope', "\n";
echo @$nope2, "|\n";
$str = 'abc';
echo $str[3] ?? '?', "\n";
echo $str[-1], $str[-4] ?? '!', "\n";
echo "offset: ", $str[10], "|\n";
$n = null;
echo $n['k'], "|null index\n";
$i = 5;
echo $i['k'], "|int index\n";
$o = new stdClass;
$o->list[] = 'x';
echo json_encode($o), "\n";
$o2 = new Config();
$o2->dynamic = 1;
echo strlen(null), "\n";
echo str_repeat('=', 3), "\n";
$x = '10 apples' + 5; echo $x, "\n";
try { $y = 'apples' + 5; } catch (TypeError $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
echo '5' * '4', ' ', '1.5' + 1, ' ', '0x1A' + 0, ' ', ' 12' + 1, ' ', '12 ' + 1, "\n";
echo intdiv(7, 2), ' ', 7 <=> '7', ' ', 'abc' == 0 ? 't' : 'f', ' ', null == false ? 't' : 'f', ' ', '1e3' == '1000' ? 't' : 'f', "\n";
$list = ['a' => 1];
list('a' => $aa, 'b' => $bb) = $list;
var_dump($aa, $bb);
[$p, $q] = [1];
var_dump($q);
foreach ([1, 2] as $k => $v) {}
echo "k=$k v=$v\n";
$f = 1.7; $arr2 = [1, 2, 3]; echo $arr2[$f], "\n";
$keyd = [true => 'a', 1.9 => 'b', null => 'c', '08' => 'd', '8' => 'e'];
var_dump($keyd);
echo array_sum([1, '2', 'x3', [4]]), "\n";
function deprecatedOptional($a = 1, $b) { return $a . $b; }
echo deprecatedOptional(b: 2), "\n";
$u = utf8_encode("caf\xe9"); echo bin2hex($u), "\n";
echo htmlspecialchars("<a href='x'>T&C</a>"), "\n";
$r = range('a', 'e', 2); echo implode($r), "\n";
echo mb_strlen("héllo"), ' ', strlen("héllo"), "\n";
$data = ['x' => 1];
unset($data['y']);
echo $data['x']++, $data['x'], "\n";
$counter = []; $counter['a']++; $counter['b'] .= 'z'; var_dump($counter);
$obj = new stdClass; $obj->n++; $obj->s .= 'q'; var_dump($obj);
echo (int)'9999999999999999999', ' ', (int)1e19, ' ', PHP_INT_MAX + 1, "\n";
echo 10 / 4, ' ', 10 % 4, ' ', -10 % 3, ' ', 2 ** 63, ' ', 2 ** -1, ' ', 7 <=> 3.5, "\n";
try { echo 1 % 0; } catch (DivisionByZeroError $e) { echo $e->getMessage(), "\n"; }
try { echo intdiv(PHP_INT_MIN, -1); } catch (ArithmeticError $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { echo 1 / 0; } catch (DivisionByZeroError $e) { echo $e->getMessage(), "\n"; }
echo fdiv(1, 0), ' ', fdiv(-1, 0), ' ', fdiv(0, 0), ' ', fmod(5, 0), "\n";
echo PHP_INT_MIN % -1, "\n";
$a = [3 => 'x'];
$a[] = 'y'; $a["5"] = 'z'; $a["05"] = 'w'; var_dump($a);
trigger_error('custom notice');
trigger_error('custom warning', E_USER_WARNING);
trigger_error('custom deprecated', E_USER_DEPRECATED);
set_error_handler(function (int $no, string $msg, string $file, int $line) {
    echo "handler($no): $msg @", $line, "\n";
    return $no !== E_WARNING;
});
echo $undefinedAgain;
echo $arr[99];
$z = [] + 1 ?? null;

--EXPECTF--
Deprecated: Optional parameter $a declared before required parameter $b is implicitly treated as a required parameter in %s/tests/php/programs/notices.php on line 56
localhost

Warning: Undefined array key "user" in %s/tests/php/programs/notices.php on line 10
NULL

Warning: Undefined array key "cache" in %s/tests/php/programs/notices.php on line 10

Warning: Trying to access array offset on value of type null in %s/tests/php/programs/notices.php on line 10
NULL
dflt
prop: 
Warning: Undefined property: Config::$missing in %s/tests/php/programs/notices.php on line 18


Warning: Array to string conversion in %s/tests/php/programs/notices.php on line 20
arr: Array

Warning: Array to string conversion in %s/tests/php/programs/notices.php on line 21
Array,2
1
nope
|
?
c!
offset: 
Warning: Uninitialized string offset 10 in %s/tests/php/programs/notices.php on line 29
|

Warning: Trying to access array offset on value of type null in %s/tests/php/programs/notices.php on line 31
|null index

Warning: Trying to access array offset on value of type int in %s/tests/php/programs/notices.php on line 33
|int index
{"list":["x"]}

Deprecated: Creation of dynamic property Config::$dynamic is deprecated in %s/tests/php/programs/notices.php on line 38

Deprecated: strlen(): Passing null to parameter #1 ($string) of type string is deprecated in %s/tests/php/programs/notices.php on line 39
0
===

Warning: A non-numeric value encountered in %s/tests/php/programs/notices.php on line 41
15
TypeError: Unsupported operand types: string + int
20 2.5 
Warning: A non-numeric value encountered in %s/tests/php/programs/notices.php on line 43
0 13 13
3 0 f t t

Warning: Undefined array key "b" in %s/tests/php/programs/notices.php on line 46
int(1)
NULL

Warning: Undefined array key 1 in %s/tests/php/programs/notices.php on line 48
NULL
k=1 v=2

Deprecated: Implicit conversion from float 1.7 to int loses precision in %s/tests/php/programs/notices.php on line 52
2

Deprecated: Implicit conversion from float 1.9 to int loses precision in %s/tests/php/programs/notices.php on line 53
array(4) {
  [1]=>
  string(1) "b"
  [""]=>
  string(1) "c"
  ["08"]=>
  string(1) "d"
  [8]=>
  string(1) "e"
}
3

Fatal error: Uncaught ArgumentCountError: deprecatedOptional(): Argument #1 ($a) not passed in %s/tests/php/programs/notices.php:56
Stack trace:
#0 %s/tests/php/programs/notices.php(57): deprecatedOptional(NULL, 2)
#1 {main}
  thrown in %s/tests/php/programs/notices.php on line 56
