--TEST--
opendir, readdir, rewinddir, closedir, scandir, tempnam, tmpfile
--FILE--
<?php
$d = sys_get_temp_dir() . '/miniphp-dirs-test';
@mkdir($d);
foreach (['b.txt', 'a.txt', 'c'] as $n) touch("$d/$n");
$h = opendir($d);
var_dump(is_resource($h), get_resource_type($h));
$names = [];
while (($n = readdir($h)) !== false) $names[] = $n;
sort($names);
var_dump($names);
rewinddir($h);
var_dump(readdir($h) !== false);
var_dump(closedir($h), is_resource($h));
try { readdir($h); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump(scandir($d), scandir($d, SCANDIR_SORT_DESCENDING), count(scandir($d, SCANDIR_SORT_NONE)));
var_dump(opendir("$d/none"), scandir("$d/none"));
$t = tempnam($d, 'pre');
var_dump(dirname($t) === $d, str_starts_with(basename($t), 'pre'), strlen(basename($t)), filesize($t));
unlink($t);
$t = tmpfile();
var_dump(fwrite($t, "temp data"), rewind($t), fread($t, 100), stream_get_meta_data($t)['mode']);
$path = stream_get_meta_data($t)['uri'];
fclose($t);
var_dump(file_exists($path));
foreach (scandir($d) as $n) if ($n[0] != '.') unlink("$d/$n");
rmdir($d);
--EXPECTF--
bool(true)
string(6) "stream"
array(5) {
  [0]=>
  string(1) "."
  [1]=>
  string(2) ".."
  [2]=>
  string(5) "a.txt"
  [3]=>
  string(5) "b.txt"
  [4]=>
  string(1) "c"
}
bool(true)
NULL
bool(false)
readdir(): supplied resource is not a valid Directory resource
array(5) {
  [0]=>
  string(1) "."
  [1]=>
  string(2) ".."
  [2]=>
  string(5) "a.txt"
  [3]=>
  string(5) "b.txt"
  [4]=>
  string(1) "c"
}
array(5) {
  [0]=>
  string(1) "c"
  [1]=>
  string(5) "b.txt"
  [2]=>
  string(5) "a.txt"
  [3]=>
  string(2) ".."
  [4]=>
  string(1) "."
}
int(5)

Warning: opendir(/tmp/miniphp-dirs-test/none): Failed to open directory: No such file or directory in %s/tests/php/streams/dirs.php on line 16

Warning: scandir(/tmp/miniphp-dirs-test/none): Failed to open directory: No such file or directory in %s/tests/php/streams/dirs.php on line 16

Warning: scandir(): (errno 2): No such file or directory in %s/tests/php/streams/dirs.php on line 16
bool(false)
bool(false)
bool(true)
bool(true)
int(9)
int(0)
int(9)
bool(true)
string(9) "temp data"
string(3) "r+b"
bool(false)
