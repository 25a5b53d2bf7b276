--TEST--
program: deep recursion (50k PHP frames, recursion through array_map and call_user_func, 3000-level nested arrays through json/serialize/var_export)
--FILE--
<?php
function depth($n) { return $n === 0 ? 0 : 1 + depth($n - 1); }
echo depth(50000), "\n";
function viaMap($n) { return $n === 0 ? [0] : array_map(fn($x) => $x + 1, viaMap($n - 1)); }
echo viaMap(3000)[0], "\n";
function viaCallback($n) { return $n === 0 ? 0 : call_user_func('viaCallback', $n - 1) + 1; }
echo viaCallback(5000), "\n";
$nested = [];
$cur = &$nested;
for ($i = 0; $i < 3000; $i++) { $cur['c'] = []; $cur = &$cur['c']; }
unset($cur);
echo strlen(json_encode($nested, 0, 5000)), ' ', strlen(serialize($nested)), "\n";
echo strlen(var_export($nested, true)) > 0 ? "exported\n" : "";
$copy = $nested; $copy['x'] = 1; echo count($copy), "\n";
function flatten(array $a): array { $out = []; array_walk_recursive($a, function ($v) use (&$out) { $out[] = $v; }); return $out; }
echo count(flatten(array_fill(0, 100, range(1, 100)))), "\n";
echo "done\n";
--EXPECT--
50000
3000
5000
18002 42006
exported
2
10000
done
