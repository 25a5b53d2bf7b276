--TEST--
file() flags and line ends, file_get_contents offsets, fgetcsv / str_getcsv as php_fgetcsv (line ends kept in enclosures, fields spanning lines), fscanf's %c, NUL bytes, format and handle errors
--FILE--
<?php
$f = __DIR__ . '/file_lines_csv_scanf.tmp';
file_put_contents($f, "a\r\n\r\nb\n\nc");
var_dump(file($f, FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES));
var_dump(file($f, FILE_SKIP_EMPTY_LINES));
foreach ([-1, 8, 23, 24] as $flags) {
    try {
        var_dump(count(file($f, $flags)));
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
var_dump(file_get_contents($f, false, null, -3), file_get_contents($f, false, null, -100), file_get_contents($f, false, null, 100));

$lines = ['""""",aaa' . "\n", 'aaa,"\\"bbb,ccc' . "\n", 'aaa,"bbb' . "\n", 'aaa,"bbb', "a,\"b\r\nc\"\"d\",e\n", "\n", "  \"x\" ,y\r\n", ','];
foreach ($lines as $line) {
    file_put_contents($f, $line);
    $h = fopen($f, 'r');
    var_dump(fgetcsv($h), str_getcsv($line));
    fclose($h);
}
file_put_contents($f, "x,\"multi\nline\",z\nnext,row\n");
$h = fopen($f, 'r');
while (($row = fgetcsv($h)) !== false) {
    var_dump($row);
}
try {
    fgetcsv($h, PHP_INT_MAX);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
fclose($h);

file_put_contents($f, "abc\n\n x\n0\n\x0b\n\0\nab\0cd\n");
$h = fopen($f, 'r');
foreach (['%c', '%s', '%c', '%4c', '%s', '%s', '%s'] as $format) {
    var_dump(fscanf($h, $format));
}
var_dump(fscanf($h, '%s'));
rewind($h);
foreach (['%', '%h', '%d%m', ''] as $format) {
    try {
        var_dump(fscanf($h, $format));
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
try {
    fscanf($h, '%d%s%f', $a, $b);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
try {
    fscanf($h, '%d', $a, $b);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
fclose($h);
try {
    fscanf($h, '%s');
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
$w = fopen($f, 'w');
var_dump(fscanf($w, '%s'));
fclose($w);
unlink($f);
--EXPECTF--
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(1) "c"
}
array(5) {
  [0]=>
  string(3) "a
"
  [1]=>
  string(2) "
"
  [2]=>
  string(2) "b
"
  [3]=>
  string(1) "
"
  [4]=>
  string(1) "c"
}
file(): Argument #2 ($flags) must be a valid flag value
int(5)
int(3)
file(): Argument #2 ($flags) must be a valid flag value

Warning: file_get_contents(): Failed to seek to position -100 in the stream in %s/tests/php/stdlib/file_lines_csv_scanf.php on line 13
string(3) "

c"
bool(false)
string(0) ""
array(1) {
  [0]=>
  string(7) """,aaa
"
}
array(1) {
  [0]=>
  string(7) """,aaa
"
}
array(2) {
  [0]=>
  string(3) "aaa"
  [1]=>
  string(10) "\"bbb,ccc
"
}
array(2) {
  [0]=>
  string(3) "aaa"
  [1]=>
  string(10) "\"bbb,ccc
"
}
array(2) {
  [0]=>
  string(3) "aaa"
  [1]=>
  string(4) "bbb
"
}
array(2) {
  [0]=>
  string(3) "aaa"
  [1]=>
  string(4) "bbb
"
}
array(2) {
  [0]=>
  string(3) "aaa"
  [1]=>
  string(3) "bbb"
}
array(2) {
  [0]=>
  string(3) "aaa"
  [1]=>
  string(3) "bbb"
}
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(6) "b
c"d"
  [2]=>
  string(1) "e"
}
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(6) "b
c"d"
  [2]=>
  string(1) "e"
}
array(1) {
  [0]=>
  NULL
}
array(1) {
  [0]=>
  NULL
}
array(2) {
  [0]=>
  string(2) "x "
  [1]=>
  string(1) "y"
}
array(2) {
  [0]=>
  string(2) "x "
  [1]=>
  string(1) "y"
}
array(2) {
  [0]=>
  string(0) ""
  [1]=>
  string(0) ""
}
array(2) {
  [0]=>
  string(0) ""
  [1]=>
  string(0) ""
}
array(3) {
  [0]=>
  string(1) "x"
  [1]=>
  string(10) "multi
line"
  [2]=>
  string(1) "z"
}
array(2) {
  [0]=>
  string(4) "next"
  [1]=>
  string(3) "row"
}
fgetcsv(): Argument #2 ($length) must be between 0 and 9223372036854775806
array(1) {
  [0]=>
  string(1) "a"
}
NULL
array(1) {
  [0]=>
  string(0) ""
}
array(1) {
  [0]=>
  string(1) "0"
}
NULL
NULL
array(1) {
  [0]=>
  string(2) "ab"
}
bool(false)
Bad scan conversion character "
Bad scan conversion character "
Bad scan conversion character "m"
array(0) {
}
Different numbers of variable names and field specifiers
Variable is not assigned by any conversion specifiers
fscanf(): supplied resource is not a valid File-Handle resource

Notice: fscanf(): Read of 8192 bytes failed with errno=9 Bad file descriptor in %s/tests/php/stdlib/file_lines_csv_scanf.php on line 65
bool(false)
