--TEST--
fputcsv and fgetcsv round trips, enclosures, escapes, multi-line fields
--FILE--
<?php
$f = fopen('php://memory', 'w+');
var_dump(fputcsv($f, ['a', 'b c', 'd"e', '', 'x,y', "multi\nline", 'back\\slash', 'q\\"q']));
var_dump(fputcsv($f, [1, 2.5, true, false, null]));
var_dump(fputcsv($f, ['a;b', 'c'], ';', "'"));
var_dump(fputcsv($f, ['tab	here', ' lead'], "\t", '"', '', "\r\n"));
rewind($f);
echo stream_get_contents($f);
rewind($f);
while (($row = fgetcsv($f)) !== false) {
    var_dump($row);
}
$g = fopen('php://memory', 'w+');
fwrite($g, "a,\"b\"\"c\",d\n\n\"open\nstill\",x\n  \"sp\"  ,z\n\"trail\"er,1\nlast");
rewind($g);
while (($row = fgetcsv($g)) !== false) {
    var_dump($row);
}
rewind($g);
var_dump(fgetcsv($g, 0, ';'));
try { fgetcsv($g, 0, ''); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { fputcsv($g, [], 'ab'); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
int(55)
int(10)
int(8)
int(20)
a,"b c","d""e",,"x,y","multi
line","back\slash","q\"q"
1,2.5,1,,
'a;b';c
"tab	here"	" lead"
array(8) {
  [0]=>
  string(1) "a"
  [1]=>
  string(3) "b c"
  [2]=>
  string(3) "d"e"
  [3]=>
  string(0) ""
  [4]=>
  string(3) "x,y"
  [5]=>
  string(10) "multi
line"
  [6]=>
  string(10) "back\slash"
  [7]=>
  string(4) "q\"q"
}
array(5) {
  [0]=>
  string(1) "1"
  [1]=>
  string(3) "2.5"
  [2]=>
  string(1) "1"
  [3]=>
  string(0) ""
  [4]=>
  string(0) ""
}
array(1) {
  [0]=>
  string(7) "'a;b';c"
}
array(1) {
  [0]=>
  string(16) "tab	here	" lead""
}
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(3) "b"c"
  [2]=>
  string(1) "d"
}
array(1) {
  [0]=>
  NULL
}
array(2) {
  [0]=>
  string(10) "open
still"
  [1]=>
  string(1) "x"
}
array(2) {
  [0]=>
  string(4) "sp  "
  [1]=>
  string(1) "z"
}
array(2) {
  [0]=>
  string(7) "trailer"
  [1]=>
  string(1) "1"
}
array(1) {
  [0]=>
  string(4) "last"
}
array(1) {
  [0]=>
  string(10) "a,"b""c",d"
}
fgetcsv(): Argument #3 ($separator) must be a single character
fputcsv(): Argument #3 ($separator) must be a single character
