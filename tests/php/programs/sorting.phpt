--TEST--
program: sorting flags and stability, array functions with keys preserved or not, seeded random
--FILE--
<?php
$people = [
    ['name' => 'bob', 'age' => 25, 'city' => 'Paris'],
    ['name' => 'alice', 'age' => 30, 'city' => 'Berlin'],
    ['name' => 'carol', 'age' => 25, 'city' => 'Athens'],
    ['name' => 'dave', 'age' => 30, 'city' => 'Paris'],
    ['name' => 'eve', 'age' => 22, 'city' => 'Berlin'],
];
$byAge = $people;
usort($byAge, fn($a, $b) => $a['age'] <=> $b['age']);
echo implode(' ', array_column($byAge, 'name')), "\n";
$byCityAge = $people;
usort($byCityAge, fn($a, $b) => [$a['city'], $b['age']] <=> [$b['city'], $a['age']]);
echo implode(' ', array_map(fn($p) => "{$p['name']}({$p['city']},{$p['age']})", $byCityAge)), "\n";
$ages = array_column($people, 'age');
$names = array_column($people, 'name');
array_multisort($ages, SORT_DESC, $names, SORT_ASC, $people);
echo implode(' ', array_column($people, 'name')), "\n";
print_r(array_column($people, 'age', 'name'));
$mixed = [10, '9', 'apple', 2.5, true, null, '10', 'Banana', '1e1'];
$m = $mixed; sort($m); var_export($m); echo "\n";
$m = $mixed; sort($m, SORT_STRING); var_export($m); echo "\n";
$m = ['b10', 'a2', 'B1', 'a10', 'A1']; sort($m, SORT_NATURAL | SORT_FLAG_CASE); echo implode(',', $m), "\n";
$m = ['b10', 'a2', 'B1', 'a10', 'A1']; sort($m, SORT_STRING | SORT_FLAG_CASE); echo implode(',', $m), "\n";
$m = ['10', '9', '2', '1']; sort($m, SORT_STRING); echo implode(',', $m), "\n";
$m = ['x' => 3, 'y' => 1, 'z' => 2, 'w' => 1]; asort($m); echo json_encode($m), "\n";
arsort($m); echo json_encode($m), "\n";
ksort($m); echo json_encode($m), "\n";
krsort($m); echo json_encode($m), "\n";
$m = ['10' => 'a', '9' => 'b', 'x' => 'c', '1a' => 'd']; ksort($m); echo json_encode($m), "\n";
ksort($m, SORT_STRING); echo json_encode($m), "\n";
$m = [3 => 'c', 1 => 'a', 2 => 'b']; uksort($m, fn($a, $b) => $b - $a); echo json_encode($m), "\n";
uasort($m, fn($a, $b) => strcmp($a, $b)); echo json_encode($m), "\n";
$m = [5, 3, 5, 1, 3]; rsort($m); echo implode(',', $m), ' ', implode(',', array_unique([5, 3, 5, 1, 3])), ' ', json_encode(array_unique(['a' => 1, 'b' => '1', 'c' => 2])), "\n";
$stable = [];
for ($i = 0; $i < 20; $i++) $stable[] = ['k' => $i % 3, 'i' => $i];
usort($stable, fn($a, $b) => $a['k'] - $b['k']);
echo implode(',', array_column($stable, 'i')), "\n";
$a = ['x' => 1, 'y' => 2, 5 => 'five', 'z' => 3];
print_r(array_slice($a, 1, 2));
print_r(array_slice([1, 2, 3, 4], -2, 1));
print_r(array_slice([10 => 'a', 11 => 'b'], 0, 1, true));
$sp = [1, 2, 3, 4, 5];
$removed = array_splice($sp, 1, 2, ['x', 'y', 'z']);
echo json_encode($sp), json_encode($removed), "\n";
print_r(array_merge(['a' => 1, 5 => 'x'], ['a' => 2, 9 => 'y']));
print_r(['a' => 1, 5 => 'x'] + ['a' => 2, 5 => 'z', 6 => 'w']);
print_r(array_merge_recursive(['a' => [1], 'b' => 2], ['a' => [3], 'b' => 4]));
print_r(array_replace([1, 2, 3], [1 => 'b'], [3 => 'd']));
print_r(array_combine(['a', 'b'], [1, 2]));
print_r(array_flip(['a' => 1, 'b' => 2, 'c' => 1]));
print_r(array_fill_keys(['x', 'y'], 0));
print_r(array_pad([1, 2], -5, 0));
print_r(array_chunk(['a' => 1, 'b' => 2, 'c' => 3], 2, true));
print_r(array_diff_key(['a' => 1, 'b' => 2, 'c' => 3], ['a' => 9]));
print_r(array_intersect_key(['a' => 1, 'b' => 2, 'c' => 3], ['a' => 9, 'c' => 9]));
print_r(array_diff([1, '2', 3, 'a'], ['1', 2]));
print_r(array_intersect(['x' => 'a', 'y' => 'b', 'z' => 'c'], ['b', 'c', 'd']));
print_r(array_diff_assoc(['a' => 1, 0 => 2, 1 => 3], ['a' => '1', 0 => 3]));
print_r(array_udiff([1, 5, 3], [3], fn($a, $b) => $a <=> $b));
var_dump(array_search('1', [0, 1, '1']), array_search('1', [0, 1, '1'], true), in_array('abc', [0]), in_array(null, [0]), in_array('1e1', ['10']));
print_r(array_count_values(['a', 'b', 'a', 1, '1']));
print_r(array_reverse(['x' => 1, 2, 3], true));
print_r(array_reverse(['x' => 1, 2, 3]));
print_r(array_keys(['a' => 1, 'b' => 2, 'c' => 1], 1));
print_r(range('z', 'w'));
print_r(compact('a', 'sp'));
extract(['ex1' => 'one', 'ex2' => 'two']);
echo $ex1, $ex2, "\n";
$stack = [1, 2];
array_push($stack, 3, 4);
array_unshift($stack, 0);
echo array_pop($stack), array_shift($stack), json_encode($stack), "\n";
$q = [5 => 'a', 9 => 'b'];
array_shift($q); print_r($q);
$q = [5 => 'a', 9 => 'b']; array_pop($q); $q[] = 'c'; print_r($q);
list('a' => $la, 'c' => $lc) = ['a' => 'A', 'b' => 'B', 'c' => 'C'];
[[$n1, $n2], [$n3]] = [[1, 2], [3]];
[$sw1, $sw2] = ['first', 'second']; [$sw1, $sw2] = [$sw2, $sw1];
echo "$la$lc $n1$n2$n3 $sw1 $sw2\n";
echo max(array_map('strlen', ['a', 'abc', 'ab'])), ' ', array_key_first(['q' => 1, 'r' => 2]), ' ', json_encode(array_is_list([1, 2])), "\n";
$matrix = [[1, 2, 3], [4, 5, 6]];
echo json_encode(array_map(null, ...$matrix)), "\n";
$grouped = [];
foreach ([['t' => 'x', 'v' => 1], ['t' => 'y', 'v' => 2], ['t' => 'x', 'v' => 3]] as $row) $grouped[$row['t']][] = $row['v'];
echo json_encode($grouped), ' ', json_encode(array_map('array_sum', $grouped)), "\n";
$ints = [PHP_INT_MAX, -1, 0, 1.5, '3'];
sort($ints); var_dump($ints);
$objs = [new ArrayObject([3]), new ArrayObject([1])];
echo count($objs), "\n";
$words = ['banana', 'apple', 'cherry', 'apple'];
$copy = $words;
natsort($copy); print_r($copy);
mt_srand(42); $sh = range(1, 10); shuffle($sh); echo implode(',', $sh), "\n";
mt_srand(3); echo mt_rand(1, 100), ' ', mt_rand(), ' ', rand(1, 6), ' ', array_rand(['a' => 1, 'b' => 2, 'c' => 3]), "\n";
srand(5); echo rand(), ' ', mt_getrandmax(), ' ', str_shuffle_seeded(), "\n";
function str_shuffle_seeded() { mt_srand(7); return str_shuffle('abcdef'); }
--EXPECT--
eve bob carol alice dave
carol(Athens,25) alice(Berlin,30) eve(Berlin,22) dave(Paris,30) bob(Paris,25)
alice dave bob carol eve
Array
(
    [alice] => 30
    [dave] => 30
    [bob] => 25
    [carol] => 25
    [eve] => 22
)
array (
  0 => NULL,
  1 => 2.5,
  2 => '9',
  3 => 10,
  4 => 'apple',
  5 => true,
  6 => '10',
  7 => '1e1',
  8 => 'Banana',
)
array (
  0 => NULL,
  1 => true,
  2 => 10,
  3 => '10',
  4 => '1e1',
  5 => 2.5,
  6 => '9',
  7 => 'Banana',
  8 => 'apple',
)
A1,a2,a10,B1,b10
A1,a10,a2,B1,b10
1,10,2,9
{"y":1,"w":1,"z":2,"x":3}
{"x":3,"z":2,"y":1,"w":1}
{"w":1,"x":3,"y":1,"z":2}
{"z":2,"y":1,"x":3,"w":1}
{"9":"b","10":"a","1a":"d","x":"c"}
{"10":"a","1a":"d","9":"b","x":"c"}
{"3":"c","2":"b","1":"a"}
{"1":"a","2":"b","3":"c"}
5,5,3,3,1 5,3,1 {"a":1,"c":2}
0,3,6,9,12,15,18,1,4,7,10,13,16,19,2,5,8,11,14,17
Array
(
    [y] => 2
    [0] => five
)
Array
(
    [0] => 3
)
Array
(
    [10] => a
)
[1,"x","y","z",4,5][2,3]
Array
(
    [a] => 2
    [0] => x
    [1] => y
)
Array
(
    [a] => 1
    [5] => x
    [6] => w
)
Array
(
    [a] => Array
        (
            [0] => 1
            [1] => 3
        )

    [b] => Array
        (
            [0] => 2
            [1] => 4
        )

)
Array
(
    [0] => 1
    [1] => b
    [2] => 3
    [3] => d
)
Array
(
    [a] => 1
    [b] => 2
)
Array
(
    [1] => c
    [2] => b
)
Array
(
    [x] => 0
    [y] => 0
)
Array
(
    [0] => 0
    [1] => 0
    [2] => 0
    [3] => 1
    [4] => 2
)
Array
(
    [0] => Array
        (
            [a] => 1
            [b] => 2
        )

    [1] => Array
        (
            [c] => 3
        )

)
Array
(
    [b] => 2
    [c] => 3
)
Array
(
    [a] => 1
    [c] => 3
)
Array
(
    [2] => 3
    [3] => a
)
Array
(
    [y] => b
    [z] => c
)
Array
(
    [0] => 2
    [1] => 3
)
Array
(
    [0] => 1
    [1] => 5
)
int(1)
int(2)
bool(false)
bool(true)
bool(true)
Array
(
    [a] => 2
    [b] => 1
    [1] => 2
)
Array
(
    [1] => 3
    [0] => 2
    [x] => 1
)
Array
(
    [0] => 3
    [1] => 2
    [x] => 1
)
Array
(
    [0] => a
    [1] => c
)
Array
(
    [0] => z
    [1] => y
    [2] => x
    [3] => w
)
Array
(
    [a] => Array
        (
            [x] => 1
            [y] => 2
            [5] => five
            [z] => 3
        )

    [sp] => Array
        (
            [0] => 1
            [1] => x
            [2] => y
            [3] => z
            [4] => 4
            [5] => 5
        )

)
onetwo
40[1,2,3]
Array
(
    [0] => b
)
Array
(
    [5] => a
    [9] => c
)
AC 123 second first
3 q true
[[1,4],[2,5],[3,6]]
{"x":[1,3],"y":[2]} {"x":4,"y":2}
array(5) {
  [0]=>
  int(-1)
  [1]=>
  int(0)
  [2]=>
  float(1.5)
  [3]=>
  string(1) "3"
  [4]=>
  int(9223372036854775807)
}
2
Array
(
    [1] => apple
    [3] => apple
    [0] => banana
    [2] => cherry
)
2,4,10,8,7,1,9,5,6,3
87 151880524 2 a
476726705 2147483647 afebcd
