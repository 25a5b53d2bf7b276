--TEST--
program: line diff: LCS table, unified hunks with context, word-level diff, patch application, similarity
--FILE--
<?php
// Line diff (Myers-style via LCS table), unified hunks with context, word-level highlighting, patch application and similarity stats
function lcsTable(array $a, array $b): array {
    $n = count($a); $m = count($b); $t = array_fill(0, $n + 1, array_fill(0, $m + 1, 0));
    for ($i = $n - 1; $i >= 0; $i--) for ($j = $m - 1; $j >= 0; $j--) $t[$i][$j] = $a[$i] === $b[$j] ? $t[$i + 1][$j + 1] + 1 : max($t[$i + 1][$j], $t[$i][$j + 1]);
    return $t;
}
function diffOps(array $a, array $b): array {
    $t = lcsTable($a, $b); $ops = []; $i = $j = 0;
    while ($i < count($a) && $j < count($b)) {
        if ($a[$i] === $b[$j]) { $ops[] = [' ', $a[$i], $i++, $j++]; }
        elseif ($t[$i + 1][$j] >= $t[$i][$j + 1]) { $ops[] = ['-', $a[$i], $i++, $j]; }
        else { $ops[] = ['+', $b[$j], $i, $j++]; }
    }
    while ($i < count($a)) $ops[] = ['-', $a[$i], $i++, $j];
    while ($j < count($b)) $ops[] = ['+', $b[$j], $i, $j++];
    return $ops;
}
function unified(array $ops, int $ctx = 2): string {
    $out = ''; $n = count($ops); $k = 0;
    while ($k < $n) {
        while ($k < $n && $ops[$k][0] === ' ') $k++;
        if ($k >= $n) break;
        $start = max(0, $k - $ctx); $end = $k;
        while ($end < $n) {
            if ($ops[$end][0] !== ' ') { $end++; continue; }
            $run = 0; while ($end + $run < $n && $ops[$end + $run][0] === ' ') $run++;
            if ($end + $run >= $n || $run > 2 * $ctx) { $end = min($n, $end + $ctx); break; }
            $end += $run;
        }
        $hunk = array_slice($ops, $start, $end - $start);
        $oldLen = count(array_filter($hunk, fn($o) => $o[0] !== '+')); $newLen = count(array_filter($hunk, fn($o) => $o[0] !== '-'));
        $out .= sprintf("@@ -%d,%d +%d,%d @@\n", $hunk[0][2] + 1, $oldLen, $hunk[0][3] + 1, $newLen);
        foreach ($hunk as [$op, $line]) $out .= $op . $line . "\n";
        $k = $end;
    }
    return $out;
}
function wordDiff(string $x, string $y): string {
    $a = preg_split('/(\s+)/', $x, -1, PREG_SPLIT_DELIM_CAPTURE); $b = preg_split('/(\s+)/', $y, -1, PREG_SPLIT_DELIM_CAPTURE);
    return implode('', array_map(fn($o) => match ($o[0]) { ' ' => $o[1], '-' => "[-{$o[1]}-]", '+' => "{+{$o[1]}+}" }, diffOps($a, $b)));
}
function apply(array $a, array $ops): array { $out = []; foreach ($ops as [$op, $line]) if ($op !== '-') $out[] = $line; return $out; }
$old = <<<TXT
The quick brown fox
jumps over the lazy dog.
Line three stays.
Line four stays.
Line five stays.
Line six stays.
Line seven stays.
This line will be removed.
Final line here.
TXT;
$new = <<<TXT
The quick red fox
jumps over the lazy dog!
Line three stays.
Line four stays.
Line five stays.
Line six stays.
Line seven stays.
A brand new line.
Another addition.
Final line here.
TXT;
$a = explode("\n", $old); $b = explode("\n", $new);
$ops = diffOps($a, $b);
echo "--- old\n+++ new\n", unified($ops);
$counts = array_count_values(array_column($ops, 0)); ksort($counts); echo json_encode($counts), "\n";
var_dump(apply($a, $ops) === $b);
echo wordDiff('The quick brown fox', 'The quick red fox'), "\n", wordDiff('jumps over the lazy dog.', 'jumps over the lazy dog!'), "\n";
similar_text($old, $new, $pct); printf("similar_text: %.2f%%  levenshtein(first lines): %d  lcs lines: %d/%d\n", $pct, levenshtein($a[0], $b[0]), lcsTable($a, $b)[0][0], max(count($a), count($b)));
echo json_encode(array_diff($b, $a)), json_encode(array_values(array_diff($a, $b))), "\n";
foreach ([['', ''], ['a', ''], ['', 'b'], ["x\ny", "x\ny"], ["1\n2\n3", "3\n2\n1"]] as [$p, $q]) { echo json_encode([$p, $q]), ' => ', json_encode(unified(diffOps($p === '' ? [] : explode("\n", $p), $q === '' ? [] : explode("\n", $q)), 1)), "\n"; }
echo soundex('Tymczak'), metaphone('Knight'), ' ', similar_text('Hello', 'World'), ' ', levenshtein('flaw', 'lawn', 2, 3, 4), "\n";

--EXPECT--
--- old
+++ new
@@ -1,4 +1,4 @@
-The quick brown fox
-jumps over the lazy dog.
+The quick red fox
+jumps over the lazy dog!
 Line three stays.
 Line four stays.
@@ -6,4 +6,5 @@
 Line six stays.
 Line seven stays.
-This line will be removed.
+A brand new line.
+Another addition.
 Final line here.
{" ":6,"+":4,"-":3}
bool(true)
The quick [-brown-]{+red+} fox
jumps over the lazy [-dog.-]{+dog!+}
similar_text: 85.63%  levenshtein(first lines): 4  lcs lines: 6/10
{"0":"The quick red fox","1":"jumps over the lazy dog!","7":"A brand new line.","8":"Another addition."}["The quick brown fox","jumps over the lazy dog.","This line will be removed."]
["",""] => ""
["a",""] => "@@ -1,1 +1,0 @@\n-a\n"
["","b"] => "@@ -1,0 +1,1 @@\n+b\n"
["x\ny","x\ny"] => ""
["1\n2\n3","3\n2\n1"] => "@@ -1,3 +1,3 @@\n-1\n-2\n 3\n+2\n+1\n"
T522NFT 1 6
