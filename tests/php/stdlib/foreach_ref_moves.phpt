--TEST--
foreach by reference follows its array through array_shift, array_unshift, compaction, array_push and array_pop
--FILE--
<?php
function run(array $a, string $what) {
    $seen = [];
    foreach ($a as $k => &$v) {
        $seen[] = "$k=$v";
        switch ($what) {
            case 'shift': array_shift($a); break;
            case 'unshift': if (count($a) < 6) array_unshift($a, "u" . count($a)); break;
            case 'push': if (count($a) < 6) array_push($a, "p" . count($a)); break;
            case 'pop': array_pop($a); break;
            case 'unset': unset($a[$k]); break;
        }
        if (count($seen) > 12) break;
    }
    unset($v);
    echo str_pad($what, 8), implode(' ', $seen), ' | ', json_encode($a), "\n";
}
foreach (['shift', 'unshift', 'push', 'pop', 'unset'] as $what) {
    run(['a', 'b', 'c', 'd'], $what);
    run(['x' => 'a', 5 => 'b', 'y' => 'c', 9 => 'd'], $what);
}

// Many removals squeeze the holes out of a big hash while the loop walks it.
$a = [];
for ($i = 0; $i < 40; $i++) $a["k$i"] = $i;
$n = 0;
foreach ($a as $k => &$v) {
    $n++;
    if ($n % 3) unset($a[$k]); else $a["n$n"] = $n;
    if ($n > 100) break;
}
unset($v);
echo $n, ' ', count($a), ' ', implode(',', array_keys($a)), "\n";

// Array functions taking the array by reference change it in place.
$q = [];
for ($i = 0; $i < 20000; $i++) array_push($q, $i);
$sum = 0;
while (($x = array_pop($q)) !== null) $sum += $x;
echo $sum, ' ', count($q), "\n";
$h = ['a' => 1, 3 => 2, 'b' => 3, 7 => 4];
var_dump(array_shift($h), $h, array_unshift($h, 'z', 'y'), $h);
next($h);
array_push($h, 9);
var_dump(current($h), array_pop($h), current($h));
--EXPECT--
shift   0=a 0=b 0=c 0=d | []
shift   x=a 0=b y=c 0=d | []
unshift 0=a 2=b 4=c 5=d | ["u5","u4","a","b","c","d"]
unshift x=a 1=b y=c 3=d | {"0":"u5","1":"u4","x":"a","2":"b","y":"c","3":"d"}
push    0=a 1=b 2=c 3=d 4=p4 5=p5 | ["a","b","c","d","p4","p5"]
push    x=a 5=b y=c 9=d 10=p4 11=p5 | {"x":"a","5":"b","y":"c","9":"d","10":"p4","11":"p5"}
pop     0=a 1=b | ["a","b"]
pop     x=a 5=b | {"x":"a","5":"b"}
unset   0=a 1=b 2=c 3=d | []
unset   x=a 5=b y=c 9=d | []
59 19 k2,k5,k8,k11,k14,k17,k20,k23,k26,k29,k32,k35,k38,n6,n15,n24,n33,n42,n51
199990000 0
int(1)
array(3) {
  [0]=>
  int(2)
  ["b"]=>
  int(3)
  [1]=>
  int(4)
}
int(5)
array(5) {
  [0]=>
  string(1) "z"
  [1]=>
  string(1) "y"
  [2]=>
  int(2)
  ["b"]=>
  int(3)
  [3]=>
  int(4)
}
string(1) "y"
int(9)
string(1) "z"
