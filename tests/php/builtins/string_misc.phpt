--TEST--
more string functions
--FILE--
<?php
var_dump(sprintf("%s", strcmp("a", "b")), strcmp("b", "a"), strcmp("a", "a"), strcasecmp("HELLO", "hello"), strncmp("abcd", "abef", 2), strnatcmp("img12", "img10"), strnatcasecmp("A1", "a2"));
var_dump(str_word_count("Hello big world"), strstr("user@example.com", "@"), strstr("user@example.com", "@", true), strrchr("a/b/c", "/"), stristr("HayStack", "st"), substr_replace("Hello", "J", 0, 1), ltrim("0012", "0"));
var_dump(nl2br("x"), htmlspecialchars("<a href='x'>T&C</a>"), addslashes("O'Re\"il"), stripslashes("O\\'R"), md5("hello"), sha1("abc"), crc32("hello"), strtr("Hi all", "ai", "eo"), strtr("Hi all", ["Hi" => "Hello", "all" => "world"]));
var_dump(sprintf('%05.1f', 9.96), lcfirst("ABC"), similar_text("World", "Word"), levenshtein("kitten", "sitting"), soundex("Robert"), metaphone("Thompson"), str_word_count("a b"));
--EXPECT--
string(2) "-1"
int(1)
int(0)
int(0)
int(0)
int(1)
int(-1)
int(3)
string(12) "@example.com"
string(4) "user"
string(2) "/c"
string(5) "Stack"
string(5) "Jello"
string(2) "12"
string(1) "x"
string(45) "&lt;a href=&#039;x&#039;&gt;T&amp;C&lt;/a&gt;"
string(9) "O\'Re\"il"
string(3) "O'R"
string(32) "5d41402abc4b2a76b9719d911017c592"
string(40) "a9993e364706816aba3e25717850c26c9cd0d89d"
int(907060870)
string(6) "Ho ell"
string(11) "Hello world"
string(5) "010.0"
string(3) "aBC"
int(4)
int(3)
string(4) "R163"
string(5) "0MPSN"
int(2)
