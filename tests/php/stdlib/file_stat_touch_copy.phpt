--TEST--
stat-family warnings (empty names silent, NUL bytes, Lstat), touch of directories and its errors, mkdir modes, copy refusals, file:// URLs and '..' over missing directories when opening
--FILE--
<?php
$dir = __DIR__ . '/file_stat_touch_copy.d';
@mkdir($dir);
var_dump(filegroup(''), fileperms(''), filesize(''), stat(''));
var_dump(fileowner("a\0b"), stat("a\0b"), is_file("a\0b"));
var_dump(filetype("$dir/missing"), lstat("$dir/missing"), filemtime("$dir/missing"));

var_dump(touch(''), touch($dir, 1000), filemtime($dir));
var_dump(touch("$dir/missing/f"));
var_dump(touch("$dir/f", 5000, 6000), filemtime("$dir/f"), fileatime("$dir/f"));
clearstatcache();
var_dump(touch("$dir/f", 7000));
clearstatcache();
var_dump(fileatime("$dir/f"));
try {
    touch("$dir/f", null, 5);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}

$old = umask(0);
var_dump(mkdir("$dir/a/b", 0750, true), decoct(fileperms("$dir/a") & 0777), decoct(fileperms("$dir/a/b") & 0777));
var_dump(mkdir("$dir/a", 0777, true), mkdir("$dir/f/x", 0777, true));
umask($old);

file_put_contents("$dir/f", "data");
var_dump(copy("$dir/f", "$dir/f"), copy($dir, "$dir/g"), copy("$dir/f", $dir), copy("$dir/f", "$dir/g"));

var_dump(file_get_contents("file://$dir/g"), is_dir("file://$dir/a"), file_exists("file://localhost$dir/g"));
var_dump(@file_get_contents("file://somehost/etc/passwd"));
var_dump(fopen("file://somehost/etc/passwd", "r"));
var_dump(file_get_contents("$dir/no/such/../../g"), is_file("$dir/no/such/../../g"));
var_dump(@fopen("$dir/g/", "r"));

unlink("$dir/f");
unlink("$dir/g");
rmdir("$dir/a/b");
rmdir("$dir/a");
rmdir($dir);
--EXPECTF--
bool(false)
bool(false)
bool(false)
bool(false)

Warning: fileowner(): Filename contains null byte in %s/tests/php/stdlib/file_stat_touch_copy.php on line 5

Warning: stat(): Filename contains null byte in %s/tests/php/stdlib/file_stat_touch_copy.php on line 5
bool(false)
bool(false)
bool(false)

Warning: filetype(): Lstat failed for %s/tests/php/stdlib/file_stat_touch_copy.d/missing in %s/tests/php/stdlib/file_stat_touch_copy.php on line 6

Warning: lstat(): Lstat failed for %s/tests/php/stdlib/file_stat_touch_copy.d/missing in %s/tests/php/stdlib/file_stat_touch_copy.php on line 6

Warning: filemtime(): stat failed for %s/tests/php/stdlib/file_stat_touch_copy.d/missing in %s/tests/php/stdlib/file_stat_touch_copy.php on line 6
bool(false)
bool(false)
bool(false)
bool(false)
bool(true)
int(1000)

Warning: touch(): Unable to create file %s/tests/php/stdlib/file_stat_touch_copy.d/missing/f because No such file or directory in %s/tests/php/stdlib/file_stat_touch_copy.php on line 9
bool(false)
bool(true)
int(5000)
int(6000)
bool(true)
int(7000)
touch(): Argument #2 ($mtime) cannot be null when argument #3 ($atime) is an integer
bool(true)
string(3) "750"
string(3) "750"

Warning: mkdir(): File exists in %s/tests/php/stdlib/file_stat_touch_copy.php on line 23

Warning: mkdir(): Not a directory in %s/tests/php/stdlib/file_stat_touch_copy.php on line 23
bool(false)
bool(false)

Warning: copy(): The first argument to copy() function cannot be a directory in %s/tests/php/stdlib/file_stat_touch_copy.php on line 27

Warning: copy(): The second argument to copy() function cannot be a directory in %s/tests/php/stdlib/file_stat_touch_copy.php on line 27
bool(false)
bool(false)
bool(false)
bool(true)
string(4) "data"
bool(true)
bool(true)
bool(false)

Warning: fopen(): Remote host file access not supported, file://somehost/etc/passwd in %s/tests/php/stdlib/file_stat_touch_copy.php on line 31

Warning: fopen(file://somehost/etc/passwd): Failed to open stream: no suitable wrapper could be found in %s/tests/php/stdlib/file_stat_touch_copy.php on line 31
bool(false)
string(4) "data"
bool(false)
bool(false)
