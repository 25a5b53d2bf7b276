--TEST--
program: language semantics: string increment, the PHP 8 loose comparison table, switch/match typing, key normalisation, list() with references, goto, output buffering
--FILE--
<?php
// Language semantics a checker trips on: string increment, loose comparison table (PHP 8), switch/match typing,
// array key normalisation, list() with references and keys, static vars, goto, output buffering layers
$s = 'a'; for ($i = 0; $i < 30; $i++) $s++; echo $s, ' ';
foreach (['z', 'Zz', 'a9', 'Az', 'zz99', '9', '9.5', 'a', '', ' ', '-1', '1e2'] as $v) { $w = $v; $w++; echo json_encode($w), ' '; }
echo "\n";
$n = null; $n++; $m = null; $m--; var_dump($n, $m);
$vals = [0, '0', '', null, false, true, '1', 1, -1, 'a', '1a', ' 1', '1 ', [], [0], 'null', 0.0, '0.0', INF, NAN];
$names = array_map(fn($v) => is_float($v) && is_nan($v) ? 'NAN' : json_encode($v), $vals);
echo str_pad('', 6);
foreach ($names as $nm) echo str_pad(substr($nm, 0, 5), 6);
echo "\n";
foreach ($vals as $i => $a) {
    echo str_pad(substr($names[$i], 0, 5), 6);
    foreach ($vals as $b) echo str_pad(($a == $b ? 'T' : '.') . ($a < $b ? '<' : ($a > $b ? '>' : '=')), 6);
    echo "\n";
}
foreach ([1, '1', 1.0, true, 'one', null, '01'] as $v) {
    switch ($v) { case '1': $r = "str1"; break; case 1.0: $r = "float1"; break; case true: $r = 'true'; break; default: $r = 'default'; }
    echo json_encode($v), '=>', $r, ' | match:', match (true) { $v === 1 => 'int', $v === '1' => 'string', is_float($v) => 'float', default => 'other' }, "\n";
}
$keys = []; foreach ([1, '1', 1.9, true, '01', '1.0', null, '', false, '-5', '-0', ' 3', PHP_INT_MAX, '9223372036854775808'] as $k) { $keys[$k] = gettype($k); }
var_dump($keys);
$arr = [1, 2, [3, 4]];
[$a, &$b, [, &$d]] = $arr; $b = 20; $d = 40; echo json_encode($arr), "\n";
['x' => $x, 'y' => [$y1, $y2]] = ['y' => [5, 6], 'x' => 4]; echo "$x $y1 $y2\n";
foreach ([['id' => 1, 'tags' => ['a']], ['id' => 2, 'tags' => ['b', 'c']]] as ['id' => $id, 'tags' => [$first]]) echo "$id:$first ";
echo "\n";
function counter(): int { static $c = 0; return ++$c; }
class WithStatic { public function tick(): int { static $t = 0; return ++$t; } }
counter(); counter(); echo counter(), ' '; $w1 = new WithStatic; $w2 = new WithStatic; $w1->tick(); echo $w2->tick(), "\n";
$i = 0;
loop:
$i++;
if ($i < 3) goto loop;
echo "goto done at $i\n";
ob_start(); echo "level1 "; ob_start(fn($buf) => strtoupper($buf)); echo "level2 "; printf("%s ", ob_get_level()); ob_end_flush(); $outer = ob_get_clean(); echo "[$outer]\n";
ob_start(null, 4); echo "abcdefgh"; echo "ij"; $st = ob_get_status(); ob_end_clean(); echo $st['level'], ' ', $st['chunk_size'], "\n";
ob_start(); echo "discard"; ob_clean(); echo "keep"; echo ob_get_length(); echo '|', ob_get_flush(), "\n";
echo intdiv(PHP_INT_MAX, -1), ' ', 5 <=> '5', ' ', [1, 2] <=> [1, 3], ' ', [1, 2, 3] <=> [9, 9], ' ', ['a' => 1] <=> ['b' => 1], ' ', 'abc' <=> 'abd', ' ', null <=> false, "\n";
var_dump('abc' == 'ABC', '10' == '1e1', 100 == '1e2', 'abc' == 0, null == 0, null === null, '' == null, [] == false, '0' == false, ' ' == 0, '1' == '01', 10 == '10abc');
$x = ['b' => 1, 'a' => 2]; $y = ['a' => 2, 'b' => 1]; var_dump($x == $y, $x === $y, [0 => 'a', 1 => 'b'] === [1 => 'b', 0 => 'a']);
var_dump((string)1.0, (string)0.00001, 1e6, 1e15, 1e16, (string)-0.0, 7.0 / 2, 10 / 5, '5' + '5', '5' . '5', 5 . 5, -7 % 3, 2 ** 3 ** 2, -2 ** 2, !empty('0'), (bool)'0.0', (bool)[0], (int)'  12', (float)'.5e1', 0b101 | 0x10, 017 + 0o17, 1_000_000);
$str = 'hello'; $str[0] = 'J'; $str[10] = '!'; echo json_encode($str), ' '; $str2 = 'abc'; $str2[-1] = 'Z'; echo $str2, ' ', $str2[-2], ' ', "{$str2[0]}", "\n";
$heredoc = <<<EOT
    Name: {$keys[1]} / {$arr[2][1]}
      indented ${x}
    EOT;
echo $heredoc, "|\n", <<<'NOW'
  raw $x {$y}
  NOW, "|\n";
echo "esc: \x41\101\u{1F600}\e[0m\$x {$x}s ${x}", '\n', "\n";

--EXPECTF--
Deprecated: Using ${var} in strings is deprecated, use {$var} instead in %s/tests/php/programs/semantics.php on line 46

Deprecated: Using ${var} in strings is deprecated, use {$var} instead in %s/tests/php/programs/semantics.php on line 52
ae "aa" "AAa" "b0" "Ba" "aaa00" 10 10.5 "b" "1" " " 0 101 
int(1)
NULL
      0     "0"   ""    null  false true  "1"   1     -1    "a"   "1a"  " 1"  "1 "  []    [0]   "null 0     "0.0"       NAN   
0     T=    T=    .>    T=    T=    .<    .<    .<    .>    .<    .<    .<    .<    .<    .<    .<    T=    T=    .<    .=    
"0"   T=    T=    .>    .>    T=    .<    .<    .<    .>    .<    .<    .<    .<    .<    .<    .<    T=    T=    .<    .=    
""    .<    .<    T=    T=    T=    .<    .<    .<    .<    .<    .<    .<    .<    .<    .<    .<    .<    .<    .<    .=    
null  T=    .<    T=    T=    T=    .<    .<    .<    .<    .<    .<    .<    .<    T=    .<    .<    T=    .<    .<    .<    
false T=    T=    T=    T=    T=    .<    .<    .<    .<    .<    .<    .<    .<    T=    .<    .<    T=    .<    .<    .<    
true  .>    .>    .>    .>    .>    T=    T=    T=    T=    T=    T=    T=    T=    .>    T=    T=    .>    T=    T=    T=    
"1"   .>    .>    .>    .>    .>    T=    T=    T=    .>    .<    .<    T=    T=    .<    .<    .<    .>    .>    .<    .=    
1     .>    .>    .>    .>    .>    T=    T=    T=    .>    .<    .<    T=    T=    .<    .<    .<    .>    .>    .<    .=    
-1    .<    .<    .>    .>    .>    T=    .<    .<    T=    .<    .<    .<    .<    .<    .<    .<    .<    .<    .<    .=    
"a"   .>    .>    .>    .>    .>    T=    .>    .>    .>    T=    .>    .>    .>    .<    .<    .<    .>    .>    .>    .=    
"1a"  .>    .>    .>    .>    .>    T=    .>    .>    .>    .<    T=    .>    .>    .<    .<    .<    .>    .>    .<    .=    
" 1"  .>    .>    .>    .>    .>    T=    T=    T=    .>    .<    .<    T=    T=    .<    .<    .<    .>    .>    .<    .=    
"1 "  .>    .>    .>    .>    .>    T=    T=    T=    .>    .<    .<    T=    T=    .<    .<    .<    .>    .>    .<    .=    
[]    .>    .>    .>    T=    T=    .<    .>    .>    .>    .>    .>    .>    .>    T=    .<    .>    .>    .>    .>    .>    
[0]   .>    .>    .>    .>    .>    T=    .>    .>    .>    .>    .>    .>    .>    .>    T=    .>    .>    .>    .>    .>    
"null .>    .>    .>    .>    .>    T=    .>    .>    .>    .>    .>    .>    .>    .<    .<    T=    .>    .>    .>    .=    
0     T=    T=    .>    T=    T=    .<    .<    .<    .>    .<    .<    .<    .<    .<    .<    .<    T=    T=    .<    .=    
"0.0" T=    T=    .>    .>    .>    T=    .<    .<    .>    .<    .<    .<    .<    .<    .<    .<    T=    T=    .<    .=    
      .>    .>    .>    .>    .>    T=    .>    .>    .>    .<    .>    .>    .>    .<    .<    .<    .>    .>    T=    .=    
NAN   .=    .=    .=    .>    .>    T=    .=    .=    .=    .=    .=    .=    .=    .<    .<    .=    .=    .=    .=    .=    
1=>str1 | match:int
"1"=>str1 | match:string
1=>str1 | match:float
true=>str1 | match:other
"one"=>true | match:other
null=>default | match:other
"01"=>str1 | match:other

Deprecated: Implicit conversion from float 1.9 to int loses precision in %s/tests/php/programs/semantics.php on line 22
array(10) {
  [1]=>
  string(7) "boolean"
  ["01"]=>
  string(6) "string"
  ["1.0"]=>
  string(6) "string"
  [""]=>
  string(6) "string"
  [0]=>
  string(7) "boolean"
  [-5]=>
  string(6) "string"
  ["-0"]=>
  string(6) "string"
  [" 3"]=>
  string(6) "string"
  [9223372036854775807]=>
  string(7) "integer"
  ["9223372036854775808"]=>
  string(6) "string"
}
[1,20,[3,40]]
4 5 6
1:a 2:b 
3 2
goto done at 3
[level1 LEVEL2 2 ]
abcdefgh0 4
keep4|keep4|
-9223372036854775807 0 -1 1 1 -1 0
bool(false)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
bool(false)
bool(false)
string(1) "1"
string(6) "1.0E-5"
float(1000000)
float(1000000000000000)
float(10000000000000000)
string(2) "-0"
float(3.5)
int(2)
int(10)
string(2) "55"
string(2) "55"
int(-1)
int(512)
int(-4)
bool(false)
bool(true)
bool(true)
int(12)
float(5)
int(21)
int(30)
int(1000000)
"Jello     !" abZ b a

Warning: Array to string conversion in %s/tests/php/programs/semantics.php on line 47
Name: boolean / 40
  indented Array|
raw $x {$y}|

Warning: Array to string conversion in %s/tests/php/programs/semantics.php on line 52

Warning: Array to string conversion in %s/tests/php/programs/semantics.php on line 52
esc: AA😀[0m$x Arrays Array\n
