--TEST--
Comparisons of two strings (numeric or not), casts of scalars, call results passed to built-ins
--FILE--
<?php
$strings = ["", "a", "b", "ab", "abc", "A", "Z", "0", "9", "10", "1e1", " 1", "1 ", "-1", ".5", "0.5", "+1", "x1", "1x", "\t2", "é", "\0"];
foreach ($strings as $x) {
    $line = '';
    foreach ($strings as $y) {
        $line .= ($x < $y ? '<' : '') . ($x <= $y ? '=' : '') . ($x == $y ? 'e' : '') . ($x != $y ? 'n' : '')
            . ($x === $y ? 'i' : '') . ($x > $y ? '>' : '') . ($x >= $y ? 'g' : '') . '|';
    }
    echo json_encode($x), ' ', $line, "\n";
}
function up(string $s) { $n = 0; for ($i = 0; $i < strlen($s); $i++) { $c = $s[$i]; if ($c >= 'a' && $c <= 'z') { $n++; } } return $n; }
echo up("Hello, World 123 xyz"), "\n";
foreach ([null, false, true, 0, -7, 1.5, -0.0, 1e100, NAN, INF, "", "12abc", " 3 ", "0x1A", "1e3", "abc", "9999999999999999999"] as $v) {
    var_dump((int) $v, (float) $v, (string) $v, (bool) $v);
}
function arr() { return [3, 1, 2]; }
function str() { return "  padded  "; }
echo trim(str()), '|', implode(',', arr()), '|', count(arr()), '|', strtoupper(trim(str())), "\n";
echo end(arr()), "\n";
var_dump(array_pop(arr()));
--EXPECTF--
"" =eig|<=n|<=n|<=n|<=n|<=n|<=n|<=n|<=n|<=n|<=n|<=n|<=n|<=n|<=n|<=n|<=n|<=n|<=n|<=n|<=n|<=n|
"a" n>g|=eig|<=n|<=n|<=n|n>g|n>g|n>g|n>g|n>g|n>g|n>g|n>g|n>g|n>g|n>g|n>g|<=n|n>g|n>g|<=n|n>g|
"b" n>g|n>g|=eig|n>g|n>g|n>g|n>g|n>g|n>g|n>g|n>g|n>g|n>g|n>g|n>g|n>g|n>g|<=n|n>g|n>g|<=n|n>g|
"ab" n>g|n>g|<=n|=eig|<=n|n>g|n>g|n>g|n>g|n>g|n>g|n>g|n>g|n>g|n>g|n>g|n>g|<=n|n>g|n>g|<=n|n>g|
"abc" n>g|n>g|<=n|n>g|=eig|n>g|n>g|n>g|n>g|n>g|n>g|n>g|n>g|n>g|n>g|n>g|n>g|<=n|n>g|n>g|<=n|n>g|
"A" n>g|<=n|<=n|<=n|<=n|=eig|<=n|n>g|n>g|n>g|n>g|n>g|n>g|n>g|n>g|n>g|n>g|<=n|n>g|n>g|<=n|n>g|
"Z" n>g|<=n|<=n|<=n|<=n|n>g|=eig|n>g|n>g|n>g|n>g|n>g|n>g|n>g|n>g|n>g|n>g|<=n|n>g|n>g|<=n|n>g|
"0" n>g|<=n|<=n|<=n|<=n|<=n|<=n|=eig|<=n|<=n|<=n|<=n|<=n|n>g|<=n|<=n|<=n|<=n|<=n|<=n|<=n|n>g|
"9" n>g|<=n|<=n|<=n|<=n|<=n|<=n|n>g|=eig|<=n|<=n|n>g|n>g|n>g|n>g|n>g|n>g|<=n|n>g|n>g|<=n|n>g|
"10" n>g|<=n|<=n|<=n|<=n|<=n|<=n|n>g|n>g|=eig|=eg|n>g|n>g|n>g|n>g|n>g|n>g|<=n|<=n|n>g|<=n|n>g|
"1e1" n>g|<=n|<=n|<=n|<=n|<=n|<=n|n>g|n>g|=eg|=eig|n>g|n>g|n>g|n>g|n>g|n>g|<=n|<=n|n>g|<=n|n>g|
" 1" n>g|<=n|<=n|<=n|<=n|<=n|<=n|n>g|<=n|<=n|<=n|=eig|=eg|n>g|n>g|n>g|=eg|<=n|<=n|<=n|<=n|n>g|
"1 " n>g|<=n|<=n|<=n|<=n|<=n|<=n|n>g|<=n|<=n|<=n|=eg|=eig|n>g|n>g|n>g|=eg|<=n|<=n|<=n|<=n|n>g|
"-1" n>g|<=n|<=n|<=n|<=n|<=n|<=n|<=n|<=n|<=n|<=n|<=n|<=n|=eig|<=n|<=n|<=n|<=n|<=n|<=n|<=n|n>g|
".5" n>g|<=n|<=n|<=n|<=n|<=n|<=n|n>g|<=n|<=n|<=n|<=n|<=n|n>g|=eig|=eg|<=n|<=n|<=n|<=n|<=n|n>g|
"0.5" n>g|<=n|<=n|<=n|<=n|<=n|<=n|n>g|<=n|<=n|<=n|<=n|<=n|n>g|=eg|=eig|<=n|<=n|<=n|<=n|<=n|n>g|
"+1" n>g|<=n|<=n|<=n|<=n|<=n|<=n|n>g|<=n|<=n|<=n|=eg|=eg|n>g|n>g|n>g|=eig|<=n|<=n|<=n|<=n|n>g|
"x1" n>g|n>g|n>g|n>g|n>g|n>g|n>g|n>g|n>g|n>g|n>g|n>g|n>g|n>g|n>g|n>g|n>g|=eig|n>g|n>g|<=n|n>g|
"1x" n>g|<=n|<=n|<=n|<=n|<=n|<=n|n>g|<=n|n>g|n>g|n>g|n>g|n>g|n>g|n>g|n>g|<=n|=eig|n>g|<=n|n>g|
"\t2" n>g|<=n|<=n|<=n|<=n|<=n|<=n|n>g|<=n|<=n|<=n|n>g|n>g|n>g|n>g|n>g|n>g|<=n|<=n|=eig|<=n|n>g|
"\u00e9" n>g|n>g|n>g|n>g|n>g|n>g|n>g|n>g|n>g|n>g|n>g|n>g|n>g|n>g|n>g|n>g|n>g|n>g|n>g|n>g|=eig|n>g|
"\u0000" n>g|<=n|<=n|<=n|<=n|<=n|<=n|<=n|<=n|<=n|<=n|<=n|<=n|<=n|<=n|<=n|<=n|<=n|<=n|<=n|<=n|=eig|
11
int(0)
float(0)
string(0) ""
bool(false)
int(0)
float(0)
string(0) ""
bool(false)
int(1)
float(1)
string(1) "1"
bool(true)
int(0)
float(0)
string(1) "0"
bool(false)
int(-7)
float(-7)
string(2) "-7"
bool(true)
int(1)
float(1.5)
string(3) "1.5"
bool(true)
int(0)
float(-0)
string(2) "-0"
bool(false)
int(0)
float(1.0E+100)
string(8) "1.0E+100"
bool(true)
int(0)
float(NAN)
string(3) "NAN"
bool(true)
int(0)
float(INF)
string(3) "INF"
bool(true)
int(0)
float(0)
string(0) ""
bool(false)
int(12)
float(12)
string(5) "12abc"
bool(true)
int(3)
float(3)
string(3) " 3 "
bool(true)
int(0)
float(0)
string(4) "0x1A"
bool(true)
int(1000)
float(1000)
string(3) "1e3"
bool(true)
int(0)
float(0)
string(3) "abc"
bool(true)
int(9223372036854775807)
float(1.0E+19)
string(19) "9999999999999999999"
bool(true)
padded|3,1,2|3|PADDED

Notice: Only variables should be passed by reference in %s/tests/php/ops/string_compare_cast_send.php on line 19
2

Notice: Only variables should be passed by reference in %s/tests/php/ops/string_compare_cast_send.php on line 20
int(2)
