--TEST--
soundex, metaphone, quoted-printable, uuencode, strtok, parse_str, html tables, array_replace_recursive
--FILE--
<?php
foreach (['Robert', 'Tymczak', 'Ashcraft', '', 'Thompson', 'knight', 'Schwarzenegger', 'character'] as $w) {
    echo $w, ': ', soundex($w), ' ', metaphone($w), ' ', metaphone($w, 2), "\n";
}
var_dump(quoted_printable_encode("h\xe9 = x \r\n" . str_repeat('a', 80)), quoted_printable_decode("a=3Db=\r\nc= \nd=zz"));
var_dump($u = convert_uuencode("test\ntext text text\r\n"), convert_uudecode($u), convert_uudecode("x"));
$tok = strtok("  a b,,c ", " ,");
while ($tok !== false) { var_dump($tok); $tok = strtok(" ,"); }
parse_str("a[]=1&a[x]=2&b.c=3&d", $out); var_dump($out);
var_dump(htmlentities("café <\u{20D2} ©", ENT_QUOTES | ENT_HTML5), htmlentities("\x80\xe9", ENT_QUOTES, "cp1252"));
var_dump(html_entity_decode("&NotEqualTilde; &amp &hearts; &#x80; &apos;", ENT_QUOTES | ENT_HTML5), html_entity_decode("&euro;&hearts;", ENT_QUOTES, "cp1252"));
var_dump(count(get_html_translation_table(HTML_ENTITIES)), count(get_html_translation_table(HTML_ENTITIES, ENT_QUOTES | ENT_HTML5)), get_html_translation_table());
var_dump(array_replace_recursive(['a' => [1, 2, 3], 'b' => 'x'], ['a' => [1 => 'B'], 'b' => ['y']]));
$r = [0]; $r[0] = &$r;
try { array_replace_recursive([[[[]]]], $r); } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump(array_udiff_uassoc(['a' => 1, 'b' => 2, 'c' => 3], ['A' => 1, 'b' => 5], fn($x, $y) => $x <=> $y, 'strcasecmp'));
--EXPECTF--
Robert: R163 RBRT RB
Tymczak: T522 TMKSK TM
Ashcraft: A226 AXKRFT AX
: 0000  
Thompson: T512 0MPSN 0M
knight: K523 NFT NF
Schwarzenegger: S625 SXWRSNKR SX
character: C623 XRKTR XR
string(98) "h=E9 =3D x=20
aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa=
aaaaa"
string(8) "a=bcd=zz"

Warning: convert_uudecode(): Argument #1 ($data) is not a valid uuencoded string in %s/tests/php/stdlib/strings_more.php on line 6
string(32) "5=&5S=`IT97AT('1E>'0@=&5X=`T*
`
"
string(21) "test
text text text
"
bool(false)
string(1) "a"
string(1) "b"
string(1) "c"
array(3) {
  ["a"]=>
  array(2) {
    [0]=>
    string(1) "1"
    ["x"]=>
    string(1) "2"
  }
  ["b_c"]=>
  string(1) "3"
  ["d"]=>
  string(0) ""
}
string(25) "caf&eacute; &nvlt; &copy;"
string(14) "&euro;&eacute;"
string(23) "≂̸ &amp ♥ &#x80; '"
string(9) "�&hearts;"
int(253)
int(1511)
array(5) {
  ["""]=>
  string(6) "&quot;"
  ["&"]=>
  string(5) "&amp;"
  ["'"]=>
  string(6) "&#039;"
  ["<"]=>
  string(4) "&lt;"
  [">"]=>
  string(4) "&gt;"
}
array(2) {
  ["a"]=>
  array(3) {
    [0]=>
    int(1)
    [1]=>
    string(1) "B"
    [2]=>
    int(3)
  }
  ["b"]=>
  array(1) {
    [0]=>
    string(1) "y"
  }
}
Recursion detected
array(2) {
  ["b"]=>
  int(2)
  ["c"]=>
  int(3)
}
