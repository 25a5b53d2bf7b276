--TEST--
Reading string offsets: from the start and the end, of temporaries, out of range
--FILE--
<?php
$s = "héllo wörld";
$t = "";
for ($i = -13; $i < 14; $i++) {
    $c = @$s[$i];
    $t .= "[" . bin2hex($c) . "]";
}
echo $t, "\n";
function f() { return "xyz"; }
echo f()[1], f()[-1], "abc"[0], "\n";
$n = 0;
$u = str_repeat("abcdefghij", 100);
for ($i = 0; $i < strlen($u); $i++) {
    if ($u[$i] >= 'e') {
        $n++;
    }
}
echo $n, "\n";
$x = $s[0];
$x .= "!";
echo $x, $s[0], "\n";
echo $s[20], "|", $s[-20], "|", $s["1"], "\n";
echo $s["x"];
--EXPECTF--
[68][c3][a9][6c][6c][6f][20][77][c3][b6][72][6c][64][68][c3][a9][6c][6c][6f][20][77][c3][b6][72][6c][64][]
yza
600
h!h

Warning: Uninitialized string offset 20 in %s/tests/php/ops/string_offset_read.php on line 22
|
Warning: Uninitialized string offset -20 in %s/tests/php/ops/string_offset_read.php on line 22
|�

Fatal error: Uncaught TypeError: Cannot access offset of type string on string in %s/tests/php/ops/string_offset_read.php:23
Stack trace:
#0 {main}
  thrown in %s/tests/php/ops/string_offset_read.php on line 23
