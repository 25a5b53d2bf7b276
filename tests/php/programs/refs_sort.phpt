--TEST--
program: references in arrays, objects, closures, static vars and destructuring; sort flags (STRING, NATURAL, FLAG_CASE, NUMERIC), user sorts, array_multisort, comparison of arrays, string increment
--FILE--
<?php
// references inside arrays and objects, sorting with flags, multisort
$config = ['db' => ['host' => 'a', 'port' => 1], 'cache' => ['ttl' => 5]];
$db = &$config['db'];
$db['host'] = 'b';
$copy = $config;          // the 'db' slot is a reference shared with $copy
$copy['db']['port'] = 2;
echo json_encode($config), ' ', json_encode($copy), "\n";
unset($db);
$copy2 = $config;
$copy2['db']['port'] = 3;
echo json_encode($config), "\n";

$list = [1, 2, 3];
foreach ($list as &$v) {
    $v *= 10;
}
foreach ($list as $v) {
}
echo json_encode($list), "\n";   // classic last-element aliasing
unset($v);

function addItem(array &$cart, string $sku, int $qty = 1): int
{
    $cart[$sku] = ($cart[$sku] ?? 0) + $qty;
    return count($cart);
}
$cart = [];
addItem($cart, 'x');
addItem($cart, 'y', 3);
addItem($cart, 'x', 2);
echo json_encode($cart), "\n";

$matrix = [[1, 2], [3, 4]];
foreach ($matrix as &$row) {
    foreach ($row as &$cell) {
        $cell = $cell ** 2;
    }
    unset($cell);
}
unset($row);
echo json_encode($matrix), "\n";

class Node
{
    public array $children = [];
    public function __construct(public string $name, public ?Node $parent = null) {}
}
$root = new Node('root');
$ref = &$root->children;
$ref[] = new Node('a', $root);
$ref[] = new Node('b', $root);
echo count($root->children), ' ', $root->children[1]->parent->name, "\n";
$name = &$root->children[0]->name;
$name = strtoupper($name);
echo $root->children[0]->name, "\n";

$a = ['x' => 1];
$b = &$a['x'];
$fn = function () use (&$b) {
    $b++;
};
$fn();
$fn();
echo $a['x'], "\n";
$arr = [3, 1, 2];
$sorted = $arr;
sort($sorted);
echo json_encode($arr), json_encode($sorted), "\n";

function &counter(): int
{
    static $c = 0;
    $c++;
    return $c;
}
$c = &counter();
$c += 100;
echo counter(), "\n";

[$p, [, $q]] = [1, [2, 3]];
['k' => $k, 'm' => [$m1]] = ['k' => 'K', 'm' => ['M']];
echo "$p $q $k $m1\n";
$pair = [1, 2];
[$pair[1], $pair[0]] = $pair;
echo json_encode($pair), "\n";
$data = [[1, 'one'], [2, 'two']];
foreach ($data as [$num, &$word]) {
    $word = strtoupper($word);
}
unset($word);
echo json_encode($data), "\n";
$x = 1;
$y = &$x;
$arrr = [&$x, $x];
$arrr[0] = 5;
echo "$x $y {$arrr[1]}\n";
$swap = fn(&$l, &$r) => [$l, $r] = [$r, $l];
$l = 'L';
$r = 'R';
$swap($l, $r);
echo "$l$r\n";

echo "== sorting ==\n";
$mixed = ['10', 9, '9a', 1.5, 'abc', 'ABC', true, null, '1e1', ' 5'];
$s = $mixed;
sort($s);
echo json_encode($s), "\n";
$s = $mixed;
sort($s, SORT_STRING);
echo json_encode($s), "\n";
$s = ['img12.png', 'img10.png', 'IMG2.png', 'img1.png'];
sort($s, SORT_NATURAL);
echo json_encode($s), ' ';
sort($s, SORT_NATURAL | SORT_FLAG_CASE);
echo json_encode($s), ' ';
natcasesort($s);
echo json_encode($s), "\n";
$s = ['b' => 2, 'a' => 2, 'c' => 1, 'd' => 3];
asort($s);
echo json_encode($s), ' ';
arsort($s);
echo json_encode($s), ' ';
krsort($s);
echo json_encode($s), "\n";
$nums = ['3', '20', '100', 3, 20.0];
rsort($nums, SORT_NUMERIC);
echo json_encode($nums), ' ';
sort($nums, SORT_STRING);
echo json_encode($nums), "\n";
$people = [
    ['name' => 'bob', 'age' => 30, 'city' => 'Paris'],
    ['name' => 'alice', 'age' => 25, 'city' => 'Lyon'],
    ['name' => 'carol', 'age' => 30, 'city' => 'Lyon'],
    ['name' => 'dave', 'age' => 25, 'city' => 'Paris'],
];
usort($people, fn($a, $b) => [$b['age'], $a['name']] <=> [$a['age'], $b['name']]);
echo implode(',', array_column($people, 'name')), "\n";
uasort($people, fn($a, $b) => strcmp($a['city'], $b['city']) ?: $a['age'] - $b['age']);
echo json_encode(array_keys($people)), "\n";
uksort($people, fn($a, $b) => $b <=> $a);
echo json_encode(array_keys($people)), "\n";
$ages = array_column($people, 'age');
$names = array_column($people, 'name');
array_multisort($ages, SORT_DESC, SORT_NUMERIC, $names, SORT_ASC, SORT_STRING, $people);
echo json_encode($ages), json_encode($names), ' ', implode(',', array_column($people, 'city')), "\n";
$d1 = [3, 1, 2];
$d2 = ['c', 'a', 'b'];
array_multisort($d1, $d2);
echo json_encode([$d1, $d2]), "\n";
$byLen = ['ccc', 'a', 'bb', 'dd', 'e'];
usort($byLen, fn($a, $b) => strlen($a) - strlen($b));
echo json_encode($byLen), "\n";
$stable = ['x' => 1, 'y' => 1, 'z' => 0];
asort($stable);
echo json_encode($stable), "\n";
$keys = ['10' => 'a', '9' => 'b', 'x' => 'c', '1e1' => 'd'];
ksort($keys);
echo json_encode($keys), ' ';
ksort($keys, SORT_STRING);
echo json_encode($keys), "\n";
echo json_encode(array_unique([1, '1', 2, 2.0, 'a', 'A'])), json_encode(array_unique(['b', 'a', 'B'], SORT_REGULAR)), "\n";
$words = explode(' ', 'the quick brown the lazy quick the');
$freq = array_count_values($words);
arsort($freq);
echo json_encode(array_slice($freq, 0, 2, true)), "\n";
var_dump([1, 2] <=> [1, 3], [1, 2, 3] <=> [5, 6], ['a' => 1] <=> ['b' => 1], 'abc' <=> 'abd', '10' <=> '9', '10' <=> '9a');
$z = 'Az';
$z++;
$zz = 'zz';
$zz++;
$n9 = 'a9';
$n9++;
echo "$z $zz $n9\n";
--EXPECT--
{"db":{"host":"b","port":2},"cache":{"ttl":5}} {"db":{"host":"b","port":2},"cache":{"ttl":5}}
{"db":{"host":"b","port":3},"cache":{"ttl":5}}
[10,20,20]
{"x":3,"y":3}
[[1,4],[9,16]]
2 root
A
3
[3,1,2][1,2,3]
102
1 3 K M
[2,1]
[[1,"ONE"],[2,"TWO"]]
5 5 1
RL
== sorting ==
[null,1.5," 5",9,"10","9a","ABC","abc",true,"1e1"]
[null," 5",true,1.5,"10","1e1",9,"9a","ABC","abc"]
["IMG2.png","img1.png","img10.png","img12.png"] ["img1.png","IMG2.png","img10.png","img12.png"] ["img1.png","IMG2.png","img10.png","img12.png"]
{"c":1,"b":2,"a":2,"d":3} {"d":3,"b":2,"a":2,"c":1} {"d":3,"c":1,"b":2,"a":2}
["100","20",20,"3",3] ["100","20",20,"3",3]
bob,carol,alice,dave
[2,1,3,0]
[3,2,1,0]
[30,30,25,25]["bob","carol","alice","dave"] Paris,Lyon,Lyon,Paris
[[1,2,3],["a","b","c"]]
["a","e","bb","dd","ccc"]
{"z":0,"x":1,"y":1}
{"9":"b","10":"a","1e1":"d","x":"c"} {"10":"a","1e1":"d","9":"b","x":"c"}
{"0":1,"2":2,"4":"a","5":"A"}["b","a","B"]
{"the":3,"quick":2}
int(-1)
int(1)
int(1)
int(-1)
int(1)
int(-1)
Ba aaa b0
