--TEST--
plain files: fopen modes, append, exclusive create, truncate, fstat, file() flags, readfile
--FILE--
<?php
$p = sys_get_temp_dir() . '/miniphp-files-test' . '.txt';
@unlink($p);
$f = fopen($p, 'w');
var_dump(fwrite($f, "one\ntwo\n\nthree"), fputs($f, "\nfour\n"), fwrite($f, "abc", 1), fwrite($f, "", 5), ftell($f), fclose($f));
var_dump(filesize($p), file($p), file($p, FILE_IGNORE_NEW_LINES), file($p, FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES));
$f = fopen($p, 'a+');
var_dump(ftell($f), fwrite($f, "five\n"), ftell($f), rewind($f), fgets($f));
fwrite($f, "six\n");
var_dump(ftell($f), fclose($f));
var_dump(readfile($p));
var_dump(@fopen($p, 'x'), is_resource($x = fopen($p, 'c+')), fread($x, 3), ftruncate($x, 2), fstat($x)['size'], fread($x, 10), feof($x));
fclose($x);
$f = fopen($p, 'r+');
var_dump(fread($f, 1), fwrite($f, "Z"), ftell($f));
rewind($f);
var_dump(fread($f, 100), feof($f), fread($f, 100), feof($f));
$st = fstat($f);
var_dump(count($st), $st['size'], $st[7], $st['nlink']);
fclose($f);
$f = fopen($p, 'r');
var_dump(fread($f, 2), feof($f), fread($f, 2), feof($f), fgets($f, 2), fgets($f, 1), fgets($f));
fclose($f);
var_dump(file_put_contents($p, "a\r\nb\rc\n"), file($p), file_put_contents($p, "X", FILE_APPEND), file_get_contents($p));
$f = fopen($p, 'rb');
var_dump(fpassthru($f), feof($f));
unlink($p);
--EXPECT--
int(14)
int(6)
int(1)
int(0)
int(21)
bool(true)
int(21)
array(6) {
  [0]=>
  string(4) "one
"
  [1]=>
  string(4) "two
"
  [2]=>
  string(1) "
"
  [3]=>
  string(6) "three
"
  [4]=>
  string(5) "four
"
  [5]=>
  string(1) "a"
}
array(6) {
  [0]=>
  string(3) "one"
  [1]=>
  string(3) "two"
  [2]=>
  string(0) ""
  [3]=>
  string(5) "three"
  [4]=>
  string(4) "four"
  [5]=>
  string(1) "a"
}
array(5) {
  [0]=>
  string(3) "one"
  [1]=>
  string(3) "two"
  [2]=>
  string(5) "three"
  [3]=>
  string(4) "four"
  [4]=>
  string(1) "a"
}
int(0)
int(5)
int(5)
bool(true)
string(4) "one
"
int(8)
bool(true)
one
two

three
four
afive
six
int(30)
bool(false)
bool(true)
string(3) "one"
bool(true)
int(2)
string(10) "
two

thre"
bool(false)
string(1) "o"
int(1)
int(2)
string(2) "oZ"
bool(true)
string(0) ""
bool(true)
int(26)
int(2)
int(2)
int(1)
string(2) "oZ"
bool(false)
string(0) ""
bool(true)
bool(false)
bool(false)
bool(false)
int(7)
array(2) {
  [0]=>
  string(3) "a
"
  [1]=>
  string(4) "bc
"
}
int(1)
string(8) "a
bc
X"
a
bc
Xint(8)
bool(false)
