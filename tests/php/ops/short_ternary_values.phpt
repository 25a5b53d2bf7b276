--TEST--
The short ternary ?: on every kind of value, from variables, temporaries and literals
--FILE--
<?php
class D { function __destruct() { echo "D gone\n"; } }
function t($v) { return $v; }
$values = [null, false, true, 0, 7, 0.0, -1.5, "", "0", "0.0", "a", [], [0], new stdClass];
foreach ($values as $v) {
    echo json_encode($v ?: "fallback"), " ", json_encode(t($v) ?: "tmp-fallback"), "\n";
}
echo 0 ?: "lit", " ", "x" ?: "no", "\n";
$a = ['s' => 3, 'i' => 1];
$b = ['s' => 3, 'i' => 2];
echo $a['s'] <=> $b['s'] ?: $a['i'] <=> $b['i'], "\n";
$rows = [[2, 'b'], [1, 'z'], [2, 'a'], [1, 'y']];
usort($rows, fn($x, $y) => $x[0] <=> $y[0] ?: strcmp($x[1], $y[1]));
echo json_encode($rows), "\n";
$o = (new D) ?: null;
echo get_class($o), "\n";
$o = null;
$u = @$undefined ?: "undef";
echo $u, "\n";
echo "end\n";
--EXPECT--
"fallback" "tmp-fallback"
"fallback" "tmp-fallback"
true true
"fallback" "tmp-fallback"
7 7
"fallback" "tmp-fallback"
-1.5 -1.5
"fallback" "tmp-fallback"
"fallback" "tmp-fallback"
"0.0" "0.0"
"a" "a"
"fallback" "tmp-fallback"
[0] [0]
{} {}
lit x
-1
[[1,"y"],[1,"z"],[2,"a"],[2,"b"]]
D
D gone
undef
end
