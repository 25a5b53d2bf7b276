--TEST--
iconv between UTF-8, Latin-1, Windows-1252, ASCII//TRANSLIT, UTF-16/32 with //IGNORE; iconv_strlen/substr/strpos/strrpos; errors
--FILE--
<?php
var_dump(iconv('UTF-8', 'ISO-8859-1', 'café'));
var_dump(iconv('UTF-8', 'ISO-8859-1', 'caf東'));
var_dump(iconv('UTF-8', 'ISO-8859-1//IGNORE', 'caf東é'));
var_dump(iconv('UTF-8', 'ASCII//TRANSLIT', 'café Straße œuvre “quotes” €5 東'));
var_dump(iconv('UTF-8', 'ASCII//TRANSLIT//IGNORE', 'café 東'));
var_dump(iconv('UTF-8', 'ASCII', 'abc'));
var_dump(bin2hex(iconv('UTF-8', 'UTF-16LE', 'añ')), bin2hex(iconv('UTF-8', 'UTF-16', 'a')), bin2hex(iconv('UTF-8', 'UTF-16BE', 'a😀')), bin2hex(iconv('UTF-8', 'UTF-32', 'a')));
var_dump(iconv('UTF-16LE', 'UTF-8', "a\0\xf1\0"), iconv('ISO-8859-1', 'UTF-8', "caf\xe9"), iconv('WINDOWS-1252', 'UTF-8', "\x80\x93"), iconv('CP1252', 'UTF-8', "\x81"));
var_dump(iconv('UTF-8', 'UTF-8', "ab\xC3"), iconv('UTF-8', 'UTF-8//IGNORE', "ab\xC3cd"));
var_dump(iconv('UTF-8', 'NOPE', 'x'));
var_dump(iconv_strlen('日本語'), iconv_strlen("ab\xC3"), iconv_substr('日本語テキスト', 2, 3), iconv_substr('abc', 5), iconv_substr('abcdef', -2), iconv_substr('abcdef', 1, -2));
var_dump(iconv_strpos('日本語テキスト', 'テ'), iconv_strpos('abcabc', 'c', 3), iconv_strpos('abc', 'x'), iconv_strrpos('abcabc', 'c'), iconv_strpos('abc', 'a', -1));
var_dump(iconv_strlen('abc', 'ASCII'), iconv_substr("caf\xe9!", 3, 1, 'ISO-8859-1'));
var_dump(iconv_get_encoding('internal_encoding'));
--EXPECTF--
string(4) "caf�"

Notice: iconv(): Detected an illegal character in input string in %s/tests/php/stdlib/iconv.php on line 3
bool(false)
string(4) "caf�"
string(35) "cafe Strasse oeuvre "quotes" EUR5 ?"
string(6) "cafe ?"
string(3) "abc"
string(8) "6100f100"
string(8) "fffe6100"
string(12) "0061d83dde00"
string(16) "fffe000061000000"

Notice: iconv(): Detected an illegal character in input string in %s/tests/php/stdlib/iconv.php on line 9
string(3) "añ"
string(5) "café"
string(6) "€“"
bool(false)

Notice: iconv(): Detected an incomplete multibyte character in input string in %s/tests/php/stdlib/iconv.php on line 10
bool(false)
string(4) "abcd"

Warning: iconv(): Wrong encoding, conversion from "UTF-8" to "NOPE" is not allowed in %s/tests/php/stdlib/iconv.php on line 11
bool(false)

Notice: iconv_strlen(): Detected an incomplete multibyte character in input string in %s/tests/php/stdlib/iconv.php on line 12
int(3)
bool(false)
string(9) "語テキ"
string(0) ""
string(2) "ef"
string(3) "bcd"
int(3)
int(5)
bool(false)
int(5)
bool(false)
int(3)
string(1) "�"
string(5) "UTF-8"
