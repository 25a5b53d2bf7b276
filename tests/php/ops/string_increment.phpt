--TEST--
string increment (Perl-style)
--FILE--
<?php
foreach (["a", "z", "Az", "zz", "Zz", "a9", "A99", "zZ9", "9", "a1z", "", " ", "-"] as $s) {
    $orig = $s; $s++; echo var_export($orig, true), " => ", var_export($s, true), "\n";
}
$d = "abc"; $d--; var_dump($d);
$e = ""; $e--; var_dump($e);
--EXPECT--
'a' => 'b'
'z' => 'aa'
'Az' => 'Ba'
'zz' => 'aaa'
'Zz' => 'AAa'
'a9' => 'b0'
'A99' => 'B00'
'zZ9' => 'aaA0'
'9' => 10
'a1z' => 'a2a'
'' => '1'
' ' => ' '
'-' => '-'
string(3) "abc"
int(-1)
