--TEST--
php://fd streams, a memory stream written after ftruncate, flock's would-block flag, fwrite of nothing, fstat of a directory handle, tempnam's mode and real directory, file_put_contents of streams and objects, use_include_path reads, fnmatch and glob argument checks, GLOB_NOSORT
--FILE--
<?php
$f = fopen("php://fd/1", "rkkk");
fwrite($f, "through fd 1\n");
fclose($f);
foreach (["php://fd", "php://fd/", "php://fd/-2", "php://fd/1/", "php://fd/1000"] as $url) {
    var_dump(@fopen($url, "w"));
    // The descriptor table's size depends on the limits of the machine.
    echo preg_replace('/smaller than \d+/', 'smaller than N', error_get_last()['message']), "\n";
}

$m = fopen("php://memory", "w+");
fwrite($m, "Hello");
ftruncate($m, 2);
var_dump(ftell($m));
fwrite($m, "World");
var_dump(ftell($m));
rewind($m);
var_dump(stream_get_contents($m));

$would = [1, 2];
var_dump(flock($m, LOCK_SH | LOCK_NB, $would), $would, stream_supports_lock($m));
$self = fopen(__FILE__, "r");
var_dump(flock($self, LOCK_SH | LOCK_NB, $would), $would, flock($self, -1), stream_supports_lock($self));
try {
    flock($m, 4);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
fclose($m);
var_dump(fwrite($m, "x", 0), fwrite($m, "x", -1));

$d = opendir(__DIR__);
var_dump(fstat($d));
closedir($d);

$dir = __DIR__ . '/streams_fd_truncate_put.d';
mkdir($dir);
$t = tempnam("$dir/../" . basename($dir), "pre");
var_dump(dirname($t) === realpath($dir), decoct(fileperms($t) & 0777));
unlink($t);

class S { function __toString() { return "stringable"; } }
$src = fopen("php://memory", "w+");
fwrite($src, "0123456789");
fseek($src, 4);
var_dump(file_put_contents("$dir/a", $src), file_get_contents("$dir/a"));
var_dump(file_put_contents("$dir/a", new S), file_get_contents("$dir/a"));
var_dump(file_put_contents("$dir/a", new stdClass), file_get_contents("$dir/a"));
try {
    file_put_contents("$dir/a", stream_context_create());
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
try {
    file_put_contents("$dir/a", "x", 0, $src);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}

file_put_contents("$dir/inc.txt", "found on the include path\n");
set_include_path($dir);
chdir(sys_get_temp_dir());
var_dump(file_get_contents("inc.txt", true), file("inc.txt", FILE_USE_INCLUDE_PATH));
readfile("inc.txt", true);
var_dump(fgets(fopen("inc.txt", "r", true)));
var_dump(@file_get_contents("inc.txt"));

try {
    fnmatch("a\0", "a");
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
var_dump(fnmatch("a", str_repeat("x", 4096)));
try {
    glob("$dir/*\0");
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
$sorted = glob("$dir/*");
$unsorted = glob("$dir/*", GLOB_NOSORT);
sort($unsorted);
var_dump($sorted === $unsorted);

unlink("$dir/a");
unlink("$dir/inc.txt");
rmdir($dir);
--EXPECTF--
through fd 1
bool(false)
fopen(php://fd): Failed to open stream: operation failed
bool(false)
fopen(php://fd/): Failed to open stream: php://fd/ stream must be specified in the form php://fd/<orig fd>
bool(false)
fopen(php://fd/-2): Failed to open stream: The file descriptors must be non-negative numbers smaller than N
bool(false)
fopen(php://fd/1/): Failed to open stream: php://fd/ stream must be specified in the form php://fd/<orig fd>
bool(false)
fopen(php://fd/1000): Failed to open stream: Error duping file descriptor 1000; possibly it doesn't exist: [9]: Bad file descriptor
int(5)
int(10)
string(7) "HeWorld"
bool(false)
int(0)
bool(false)
bool(true)
int(0)
bool(true)
bool(true)
flock(): Argument #2 ($operation) must be one of LOCK_SH, LOCK_EX, or LOCK_UN
int(0)
int(0)
bool(false)
bool(true)
string(3) "600"
int(6)
string(6) "456789"
int(10)
string(10) "stringable"
bool(false)
string(0) ""
file_put_contents(): supplied resource is not a valid stream resource
file_put_contents(): supplied resource is not a valid Stream-Context resource
string(26) "found on the include path
"
array(1) {
  [0]=>
  string(26) "found on the include path
"
}
found on the include path
string(26) "found on the include path
"
bool(false)
fnmatch(): Argument #1 ($pattern) must not contain any null bytes

Warning: fnmatch(): Filename exceeds the maximum allowed length of 4096 characters in %s/tests/php/stdlib/streams_fd_truncate_put.php on line 73
bool(false)
glob(): Argument #1 ($pattern) must not contain any null bytes
bool(true)
