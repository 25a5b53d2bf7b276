--TEST--
arrays: nested element reads ($m[$i][$j], a call's result, a literal array), with missing keys, string offsets and non-arrays along the way
--FILE--
<?php
function matrix($n) { $m = []; for ($i = 0; $i < $n; $i++) for ($j = 0; $j < $n; $j++) $m[$i][$j] = $i * $n + $j; return $m; }
$a = matrix(3); $b = matrix(3);
$c = [];
for ($i = 0; $i < 3; $i++) for ($j = 0; $j < 3; $j++) { $x = 0; for ($k = 0; $k < 3; $k++) $x += $a[$i][$k] * $b[$k][$j]; $c[$i][$j] = $x; }
echo json_encode($c), "\n";
function conf() { return ['db' => ['host' => 'h', 'port' => 5432, 'opts' => [1, 2]], 'name' => 'app']; }
echo conf()['db']['host'], ' ', conf()['db']['opts'][1], ' ', [10, 20, 30][2], "\n";
$cfg = conf();
echo $cfg['db']['port'] + 1, ' ', $cfg['name'][0], ' ', $cfg['db']['host'][0], "\n";
echo $cfg['db']['missing'] ?? 'default', "\n";
var_dump($cfg['db']['missing']);
var_dump($cfg['nope']['x']);
var_dump($cfg['name']['x'] ?? 'str-offset-default');
$n = null;
var_dump($n[1][2]);
$i = 5;
var_dump($i[0][1]);
$objs = [new ArrayObject([1, 2, 3])];
var_dump($objs[0][1]);
$rows = [['id' => 1, 'tags' => ['a', 'b']], ['id' => 2, 'tags' => []]];
foreach ($rows as $r) { echo $r['id'], ':', count($r['tags']), ':', $r['tags'][0] ?? '-', "\n"; }
$deep = [[[[42]]]];
echo $deep[0][0][0][0], "\n";
--EXPECTF--
[[15,18,21],[42,54,66],[69,90,111]]
h 2 30
5433 a h
default

Warning: Undefined array key "missing" in %s/tests/php/arrays/nested_reads.php on line 12
NULL

Warning: Undefined array key "nope" in %s/tests/php/arrays/nested_reads.php on line 13

Warning: Trying to access array offset on value of type null in %s/tests/php/arrays/nested_reads.php on line 13
NULL
string(18) "str-offset-default"

Warning: Trying to access array offset on value of type null in %s/tests/php/arrays/nested_reads.php on line 16

Warning: Trying to access array offset on value of type null in %s/tests/php/arrays/nested_reads.php on line 16
NULL

Warning: Trying to access array offset on value of type int in %s/tests/php/arrays/nested_reads.php on line 18

Warning: Trying to access array offset on value of type null in %s/tests/php/arrays/nested_reads.php on line 18
NULL
int(2)
1:2:a
2:0:-
42
