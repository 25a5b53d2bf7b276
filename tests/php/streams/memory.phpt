--TEST--
php://memory and php://temp: write, seek, read, eof, truncate
--FILE--
<?php
foreach (['php://memory', 'php://temp', 'php://temp/maxmemory:64'] as $uri) {
    $f = fopen($uri, 'w+');
    var_dump(fwrite($f, "line1\nline2\nlast"), ftell($f), feof($f));
    var_dump(rewind($f), ftell($f));
    while (($l = fgets($f)) !== false) {
        var_dump($l, feof($f));
    }
    var_dump(fgets($f), feof($f), ftell($f));
    var_dump(fseek($f, 2), fgetc($f), ftell($f), fread($f, 3), stream_get_contents($f));
    var_dump(fseek($f, -4, SEEK_END), fread($f, 100), feof($f));
    var_dump(fseek($f, 100), fseek($f, -1), ftell($f));
    var_dump(fseek($f, 1, SEEK_CUR), ftell($f));
    var_dump(ftruncate($f, 3), ftell($f), fstat($f)['size']);
    rewind($f);
    var_dump(stream_get_contents($f), stream_get_contents($f, -1, 1), stream_get_contents($f, 1, 0));
    fseek($f, 1);
    fwrite($f, "XY");
    rewind($f);
    var_dump(fread($f, 10), fclose($f));
    $m = stream_get_meta_data(fopen($uri, 'r+'));
    var_dump($m['mode'], $m['stream_type'], $m['uri'], $m['seekable']);
}
$f = fopen('php://memory', 'r+');
var_dump(fgets($f), fgetc($f), fread($f, 5), feof($f), stream_get_contents($f));
--EXPECT--
int(16)
int(16)
bool(false)
bool(true)
int(0)
string(6) "line1
"
bool(false)
string(6) "line2
"
bool(false)
string(4) "last"
bool(true)
bool(false)
bool(true)
int(16)
int(0)
string(1) "n"
int(3)
string(3) "e1
"
string(10) "line2
last"
int(0)
string(4) "last"
bool(true)
int(-1)
int(-1)
bool(false)
int(-1)
bool(false)
bool(true)
bool(false)
int(3)
string(3) "lin"
string(2) "in"
string(1) "l"
string(3) "lXY"
bool(true)
string(3) "w+b"
string(6) "MEMORY"
string(12) "php://memory"
bool(true)
int(16)
int(16)
bool(false)
bool(true)
int(0)
string(6) "line1
"
bool(false)
string(6) "line2
"
bool(false)
string(4) "last"
bool(true)
bool(false)
bool(true)
int(16)
int(0)
string(1) "n"
int(3)
string(3) "e1
"
string(10) "line2
last"
int(0)
string(4) "last"
bool(true)
int(-1)
int(-1)
bool(false)
int(-1)
bool(false)
bool(true)
bool(false)
int(3)
string(3) "lin"
string(2) "in"
string(1) "l"
string(3) "lXY"
bool(true)
string(3) "w+b"
string(4) "TEMP"
string(10) "php://temp"
bool(true)
int(16)
int(16)
bool(false)
bool(true)
int(0)
string(6) "line1
"
bool(false)
string(6) "line2
"
bool(false)
string(4) "last"
bool(true)
bool(false)
bool(true)
int(16)
int(0)
string(1) "n"
int(3)
string(3) "e1
"
string(10) "line2
last"
int(0)
string(4) "last"
bool(true)
int(-1)
int(-1)
bool(false)
int(-1)
bool(false)
bool(true)
bool(false)
int(3)
string(3) "lin"
string(2) "in"
string(1) "l"
string(3) "lXY"
bool(true)
string(3) "w+b"
string(4) "TEMP"
string(23) "php://temp/maxmemory:64"
bool(true)
bool(false)
bool(false)
string(0) ""
bool(true)
string(0) ""
