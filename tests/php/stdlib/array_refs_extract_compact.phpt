--TEST--
array built-ins keep shared references; extract() per mode and EXTR_REFS; compact() with $this and bad arguments; array_merge_recursive nulls and cycles
--FILE--
<?php
$a = 1; $b = 2;
$arr = [&$a, 'k' => &$b, 3];
var_dump(array_values($arr), array_slice($arr, 1), array_filter($arr), array_diff_key($arr, [9]));
$tmp = [&$a]; unset($a);
var_dump(array_values($tmp)); // a reference held only by the array is a plain value

function ex() {
    $x = 'old';
    $data = ['x' => 'new', 'y' => 'why', 'this' => 1, '1bad' => 2, 7 => 'seven'];
    try { extract($data); } catch (Error $e) { echo $e->getMessage(), "\n"; }
    unset($data['this']);
    var_dump(extract($data, EXTR_SKIP), $x);
    var_dump(extract($data, EXTR_PREFIX_SAME, 'p'), $p_x);
    var_dump(extract($data, EXTR_PREFIX_ALL, 'q'), $q_7, $q_y);
    var_dump(extract($data, EXTR_PREFIX_INVALID, 'r'), $r_1bad, $r_7);
    var_dump(extract($data, EXTR_IF_EXISTS), $x);
    var_dump(extract(['GLOBALS' => 1, 'z' => 2]));
    $refs = ['m' => 1, 'n' => 2];
    extract($refs, EXTR_REFS);
    $m = 10;
    var_dump($refs);
    foreach (['x', 'y1'] as $p) {
        try { extract($data, EXTR_PREFIX_ALL, $p === 'x' ? '1x' : $p); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
    }
    try { extract($data, EXTR_PREFIX_ALL); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
    try { extract($data, 99); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
}
ex();

class C {
    function f() { $v = 5; return compact('this', 'v', ['nope'], 3); }
}
var_dump((new C)->f());
var_dump((function () { return compact('this'); })());
$cyc = ['a', &$cyc];
try { compact($cyc); } catch (Error $e) { echo $e->getMessage(), "\n"; }

var_dump(array_merge_recursive(['k' => null], ['k' => 'v'], ['k' => ['w']]));
$r = []; $r2 = ['key' => &$r]; $r = array_merge_recursive($r, $r2);
try { array_merge_recursive($r, $r2); } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump(strcspn("ab\0cd", ""), strcspn("abcd", ""), chunk_split("", 3, "|"));
try { range(1, 5, "x"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { range(0, INF); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
?>
--EXPECTF--
array(3) {
  [0]=>
  &int(1)
  [1]=>
  &int(2)
  [2]=>
  int(3)
}
array(2) {
  ["k"]=>
  &int(2)
  [0]=>
  int(3)
}
array(3) {
  [0]=>
  &int(1)
  ["k"]=>
  &int(2)
  [1]=>
  int(3)
}
array(2) {
  ["k"]=>
  &int(2)
  [1]=>
  int(3)
}
array(1) {
  [0]=>
  &int(1)
}
Cannot re-assign $this
int(0)
string(3) "new"
int(2)
string(3) "new"
int(4)
string(5) "seven"
string(3) "why"
int(4)
int(2)
string(5) "seven"
int(2)
string(3) "new"
int(2)
array(2) {
  ["m"]=>
  &int(10)
  ["n"]=>
  &int(2)
}
extract(): Argument #3 ($prefix) must be a valid identifier
extract(): Argument #3 ($prefix) is required when using this extract type
extract(): Argument #2 ($flags) must be a valid extract type

Warning: compact(): Undefined variable $nope in %s/tests/php/stdlib/array_refs_extract_compact.php on line 32

Warning: compact(): Argument #4 must be string or array of strings, int given in %s/tests/php/stdlib/array_refs_extract_compact.php on line 32
array(2) {
  ["this"]=>
  object(C)#2 (0) {
  }
  ["v"]=>
  int(5)
}
array(0) {
}

Warning: compact(): Undefined variable $a in %s/tests/php/stdlib/array_refs_extract_compact.php on line 37
Recursion detected
array(1) {
  ["k"]=>
  array(3) {
    [0]=>
    NULL
    [1]=>
    string(1) "v"
    [2]=>
    string(1) "w"
  }
}
Recursion detected
int(2)
int(4)
string(1) "|"
range(): Argument #3 ($step) must be of type int|float, string given
Invalid range supplied: start=0 end=inf
