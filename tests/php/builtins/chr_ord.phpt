--TEST--
chr, ord and byte strings
--FILE--
<?php
var_dump(chr(65), chr(256 + 66), chr(-1) === chr(255), ord("A"), ord(""), ord("é"), bin2hex(chr(0)));
$s = ""; for ($i = 97; $i < 102; $i++) $s .= chr($i); var_dump($s);
var_dump(strrev("abc"), str_split("abcdef", 4), nl2br("a\nb"), wordwrap("The quick brown fox", 10, "\n", true), substr_count("hello hello", "ll"), ucwords(strtolower("JOHN O'REILLY")));
--EXPECT--
string(1) "A"
string(1) "B"
bool(true)
int(65)
int(0)
int(195)
string(2) "00"
string(5) "abcde"
string(3) "cba"
array(2) {
  [0]=>
  string(4) "abcd"
  [1]=>
  string(2) "ef"
}
string(9) "a<br />
b"
string(19) "The quick
brown fox"
int(2)
string(13) "John O'reilly"
