--TEST--
preg without /u: \w, \d, \s and \b are ASCII as in PCRE (é is two non-word bytes); with /u they are Unicode
--FILE--
<?php
var_dump(preg_replace("/\\b/", "|", "Café au"), preg_replace("/\\w+/", "W", "Café au"), preg_replace("/\\W+/", "-", "Café au lait"), preg_match("/[^\\w]/", "é"), preg_replace("/\\s+/", "_", "a\u{a0}b c\td"), preg_match("/^\\d+$/", "١٢"), preg_match("/^\\d+$/", "123"));
var_dump(preg_replace("/\\b/u", "|", "Café au"), preg_replace("/\\w+/u", "W", "Café au"), preg_match("/^\\d+$/u", "١٢"), preg_replace('/[\w\s]+/', '#', 'ab cé-d'), preg_split('/\W+/', 'one, two; três'), preg_match_all('/\bthe\b/i', 'The other then the end'));
echo preg_replace('/(\w+)@(\w+)\.com/', '$2 at $1', 'joe@site.com'), ' ', preg_quote('a.b\\w'), "\n";
var_dump(preg_match('/\\\\w/', 'a\\w'), preg_match('/[\\\\d]/', '\\'));
--EXPECT--
string(12) "|Caf|é |au|"
string(5) "Wé W"
string(11) "Caf-au-lait"
int(1)
string(8) "a b_c_d"
int(0)
int(1)
string(12) "|Café| |au|"
string(3) "W W"
int(1)
string(5) "#é-#"
array(4) {
  [0]=>
  string(3) "one"
  [1]=>
  string(3) "two"
  [2]=>
  string(2) "tr"
  [3]=>
  string(1) "s"
}
int(2)
site at joe a\.b\\w
int(1)
int(1)
