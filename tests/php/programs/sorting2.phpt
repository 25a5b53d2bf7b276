--TEST--
program: sort flags (SORT_FLAG_CASE, NATURAL), stability of usort/uasort, array_multisort, array_unique flags
--FILE--
<?php
// Sorting stability and flags, multisort, natural order, locale-free string/number comparisons
$words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', '10', '9', '1e1', 'file10.txt', 'file9.txt', 'File1.txt', 'éclair', ''];
$show = fn(string $label, array $a) => print(str_pad($label, 26) . ': ' . json_encode($a, JSON_UNESCAPED_UNICODE) . "\n");
foreach ([
    'SORT_REGULAR' => SORT_REGULAR,
    'SORT_STRING' => SORT_STRING,
    'SORT_STRING|SORT_FLAG_CASE' => SORT_STRING | SORT_FLAG_CASE,
    'SORT_NATURAL' => SORT_NATURAL,
    'SORT_NATURAL|SORT_FLAG_CASE' => SORT_NATURAL | SORT_FLAG_CASE,
    'SORT_NUMERIC' => SORT_NUMERIC,
] as $name => $flag) {
    $a = $words; sort($a, $flag); $show("sort $name", $a);
    $a = $words; rsort($a, $flag); $show("rsort $name", $a);
}
$a = array_flip($words); ksort($a, SORT_STRING | SORT_FLAG_CASE); $show('ksort flag_case', array_keys($a));
$a = array_flip($words); krsort($a, SORT_NATURAL); $show('krsort natural', array_keys($a));
$a = array_flip($words); ksort($a); $show('ksort regular', array_keys($a));
$mixed = [3, '3', 'three', 3.0, true, null, '03', [], 0, '', 'abc', -1, '1e3', 1000];
$a = $mixed; sort($a); var_dump($a);
// Stability: uasort / usort with equal keys keep input order (PHP 8+)
$people = [
    ['n' => 'ann', 'age' => 30], ['n' => 'bob', 'age' => 25], ['n' => 'cid', 'age' => 30],
    ['n' => 'dee', 'age' => 25], ['n' => 'eve', 'age' => 35], ['n' => 'fay', 'age' => 30],
];
$p = $people; usort($p, fn($x, $y) => $x['age'] <=> $y['age']);
echo implode(' ', array_column($p, 'n')), "\n";
$p = $people; uasort($p, fn($x, $y) => $y['age'] <=> $x['age']);
echo implode(' ', array_keys($p)), ' ', implode(' ', array_column($p, 'n')), "\n";
$byLen = ['ccc' => 1, 'a' => 2, 'bb' => 3, 'dd' => 4, 'e' => 5, 'fff' => 6];
uksort($byLen, fn($x, $y) => strlen($x) - strlen($y));
echo implode(',', array_keys($byLen)), "\n";
$vals = ['x' => 2, 'y' => 1, 'z' => 2, 'w' => 1];
asort($vals); echo json_encode($vals), "\n";
arsort($vals); echo json_encode($vals), "\n";
// array_multisort: several columns and flags
$data = [
    ['vol' => 67, 'ed' => 2, 'name' => 'b'], ['vol' => 86, 'ed' => 1, 'name' => 'a'],
    ['vol' => 85, 'ed' => 6, 'name' => 'c'], ['vol' => 98, 'ed' => 2, 'name' => 'd'],
    ['vol' => 86, 'ed' => 6, 'name' => 'e'], ['vol' => 67, 'ed' => 7, 'name' => 'f'],
];
$vol = array_column($data, 'vol'); $ed = array_column($data, 'ed');
array_multisort($vol, SORT_DESC, $ed, SORT_ASC, $data);
foreach ($data as $row) echo implode(':', $row), ' ';
echo "\n";
$a1 = ['10', 9, '1e1', 'abc', 1.5]; $a2 = ['x', 'y', 'z', 'w', 'v'];
array_multisort($a1, SORT_STRING, $a2); echo json_encode([$a1, $a2]), "\n";
$a1 = ['10', 9, '1e1', 'abc', 1.5]; $a2 = ['x', 'y', 'z', 'w', 'v'];
array_multisort($a1, SORT_NUMERIC, SORT_DESC, $a2); echo json_encode([$a1, $a2]), "\n";
$assoc = ['b' => 2, 'a' => 1, 5 => 0, 'c' => 3];
array_multisort($assoc); var_dump($assoc);
try { $x = [1, 2]; $y = [1]; array_multisort($x, $y); } catch (\ValueError $e) { echo $e->getMessage(), "\n"; }
// natsort / natcasesort keep keys
$files = ['img12.png', 'img10.png', 'IMG2.png', 'img1.png', 'img2.png', 'img01.png'];
$f = $files; natsort($f); print_r($f);
$f = $files; natcasesort($f); print_r($f);
echo strnatcmp('img12', 'img10'), strnatcasecmp('A1', 'a01'), strcmp('a', 'b'), strcasecmp('HELLO', 'hello'), strncasecmp('abcd', 'ABCE', 3), "\n";
// array_unique flags
print_r(array_unique(['1', 1, '01', 1.0, 'a', 'A', true]));
print_r(array_unique(['1', 1, '01', 1.0, 'a', 'A'], SORT_NUMERIC));
print_r(array_unique(['b', 'a', 'B', 'a'], SORT_STRING));
// sort objects by multiple keys with a comparator chain
final class By {
    public static function chain(callable ...$cmps): Closure {
        return static function ($a, $b) use ($cmps): int {
            foreach ($cmps as $c) { if (($r = $c($a, $b)) !== 0) return $r; }
            return 0;
        };
    }
    public static function key(string $k, bool $desc = false): Closure {
        return fn($a, $b) => $desc ? $b->$k <=> $a->$k : $a->$k <=> $b->$k;
    }
}
$objs = array_map(fn($r) => (object)$r, [
    ['team' => 'red', 'score' => 10, 'name' => 'zed'], ['team' => 'blue', 'score' => 10, 'name' => 'amy'],
    ['team' => 'red', 'score' => 12, 'name' => 'bo'], ['team' => 'blue', 'score' => 7, 'name' => 'cy'],
    ['team' => 'red', 'score' => 10, 'name' => 'al'],
]);
usort($objs, By::chain(By::key('team'), By::key('score', true), By::key('name')));
foreach ($objs as $o) printf("%-5s %3d %s\n", $o->team, $o->score, $o->name);
$arr = [5, 3, 8, 1];
var_dump(sort($arr), usort($arr, fn($a, $b) => $b - $a), $arr);
$s = ['x' => 1]; shuffle($s); var_dump($s);
echo implode(',', array_reverse([1, 2, 3], true)), ' ', json_encode(array_reverse(['a' => 1, 2, 3], true)), ' ', json_encode(array_reverse(['a' => 1, 2, 3])), "\n";
// sort with float and numeric-string edge cases
$nums = ['1.5', 1.25, '1e0', ' 2', '2 ', '0x1A', '-0', 0, '.5', 'NAN', INF, -INF];
sort($nums); var_export($nums); echo "\n";
rsort($nums, SORT_STRING); var_export($nums); echo "\n";

--EXPECT--
sort SORT_REGULAR         : ["","9","10","1e1","Apple","Banana","File1.txt","apple","banana","cherry","file10.txt","file9.txt","éclair"]
rsort SORT_REGULAR        : ["éclair","file9.txt","file10.txt","cherry","banana","apple","File1.txt","Banana","Apple","10","1e1","9",""]
sort SORT_STRING          : ["","10","1e1","9","Apple","Banana","File1.txt","apple","banana","cherry","file10.txt","file9.txt","éclair"]
rsort SORT_STRING         : ["éclair","file9.txt","file10.txt","cherry","banana","apple","File1.txt","Banana","Apple","9","1e1","10",""]
sort SORT_STRING|SORT_FLAG_CASE: ["","10","1e1","9","Apple","apple","banana","Banana","cherry","File1.txt","file10.txt","file9.txt","éclair"]
rsort SORT_STRING|SORT_FLAG_CASE: ["éclair","file9.txt","file10.txt","File1.txt","cherry","banana","Banana","Apple","apple","9","1e1","10",""]
sort SORT_NATURAL         : ["","1e1","9","10","Apple","Banana","File1.txt","apple","banana","cherry","file9.txt","file10.txt","éclair"]
rsort SORT_NATURAL        : ["éclair","file10.txt","file9.txt","cherry","banana","apple","File1.txt","Banana","Apple","10","9","1e1",""]
sort SORT_NATURAL|SORT_FLAG_CASE: ["","1e1","9","10","Apple","apple","banana","Banana","cherry","File1.txt","file9.txt","file10.txt","éclair"]
rsort SORT_NATURAL|SORT_FLAG_CASE: ["éclair","file10.txt","file9.txt","File1.txt","cherry","banana","Banana","Apple","apple","10","9","1e1",""]
sort SORT_NUMERIC         : ["banana","Apple","cherry","apple","Banana","file10.txt","file9.txt","File1.txt","éclair","","9","10","1e1"]
rsort SORT_NUMERIC        : ["10","1e1","9","banana","Apple","cherry","apple","Banana","file10.txt","file9.txt","File1.txt","éclair",""]
ksort flag_case           : ["",10,"1e1",9,"Apple","apple","banana","Banana","cherry","File1.txt","file10.txt","file9.txt","éclair"]
krsort natural            : ["éclair","file10.txt","file9.txt","cherry","banana","apple","File1.txt","Banana","Apple",10,9,"1e1",""]
ksort regular             : ["",9,10,"1e1","Apple","Banana","File1.txt","apple","banana","cherry","file10.txt","file9.txt","éclair"]
array(14) {
  [0]=>
  NULL
  [1]=>
  string(0) ""
  [2]=>
  int(-1)
  [3]=>
  int(0)
  [4]=>
  int(3)
  [5]=>
  string(1) "3"
  [6]=>
  float(3)
  [7]=>
  string(5) "three"
  [8]=>
  bool(true)
  [9]=>
  string(2) "03"
  [10]=>
  string(3) "1e3"
  [11]=>
  int(1000)
  [12]=>
  string(3) "abc"
  [13]=>
  array(0) {
  }
}
bob dee ann cid fay eve
4 0 2 5 1 3 eve ann cid fay bob dee
a,e,bb,dd,ccc,fff
{"y":1,"w":1,"x":2,"z":2}
{"x":2,"z":2,"y":1,"w":1}
98:2:d 86:1:a 86:6:e 85:6:c 67:2:b 67:7:f 
[[1.5,"10","1e1",9,"abc"],["v","x","z","y","w"]]
[["10","1e1",9,1.5,"abc"],["x","z","y","v","w"]]
array(4) {
  [0]=>
  int(0)
  ["a"]=>
  int(1)
  ["b"]=>
  int(2)
  ["c"]=>
  int(3)
}
Array sizes are inconsistent
Array
(
    [2] => IMG2.png
    [5] => img01.png
    [3] => img1.png
    [4] => img2.png
    [1] => img10.png
    [0] => img12.png
)
Array
(
    [5] => img01.png
    [3] => img1.png
    [2] => IMG2.png
    [4] => img2.png
    [1] => img10.png
    [0] => img12.png
)
11-100
Array
(
    [0] => 1
    [2] => 01
    [4] => a
    [5] => A
)
Array
(
    [0] => 1
    [4] => a
)
Array
(
    [0] => b
    [1] => a
    [2] => B
)
blue   10 amy
blue    7 cy
red    12 bo
red    10 al
red    10 zed
bool(true)
bool(true)
array(4) {
  [0]=>
  int(8)
  [1]=>
  int(5)
  [2]=>
  int(3)
  [3]=>
  int(1)
}
array(1) {
  [0]=>
  int(1)
}
3,2,1 {"1":3,"0":2,"a":1} {"0":3,"1":2,"a":1}
array (
  0 => -INF,
  1 => '-0',
  2 => 0,
  3 => '.5',
  4 => '1e0',
  5 => 1.25,
  6 => '1.5',
  7 => ' 2',
  8 => '0x1A',
  9 => '2 ',
  10 => INF,
  11 => 'NAN',
)
array (
  0 => 'NAN',
  1 => INF,
  2 => '2 ',
  3 => '1e0',
  4 => '1.5',
  5 => 1.25,
  6 => '0x1A',
  7 => 0,
  8 => '.5',
  9 => -INF,
  10 => '-0',
  11 => ' 2',
)
