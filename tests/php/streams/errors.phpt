--TEST--
stream errors: failed opens, bad modes, writes to read-only streams, TypeErrors
--FILE--
<?php
var_dump(fopen('/nonexistent-dir/x', 'r'));
var_dump(fopen(__FILE__, 'q'));
var_dump(fopen('php://nope', 'r'));
var_dump(file_get_contents('/nonexistent-dir/y'));
var_dump(readfile('/nonexistent-dir/z'));
$r = fopen(__FILE__, 'r');
var_dump(fwrite($r, "abc"), ftruncate($r, 0));
$p = sys_get_temp_dir() . '/miniphp-errors-test';
$w = fopen($p, 'w');
var_dump(fread($w, 10), fgets($w), fgetc($w));
fclose($w);
unlink($p);
foreach ([fn() => fread($r, 0), fn() => fread('x', 1), fn() => fgets($r, 0), fn() => fwrite([], 'x'),
          fn() => readdir($r), fn() => fseek(null, 0), fn() => ftruncate($r, -1)] as $call) {
    try {
        var_dump($call());
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
fclose($r);
try { fread($r, 1); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { feof($r); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
Warning: fopen(/nonexistent-dir/x): Failed to open stream: No such file or directory in %s/tests/php/streams/errors.php on line 2
bool(false)

Warning: fopen(%s/tests/php/streams/errors.php): Failed to open stream: `q' is not a valid mode for fopen in %s/tests/php/streams/errors.php on line 3
bool(false)

Warning: fopen(): Invalid php:// URL specified in %s/tests/php/streams/errors.php on line 4

Warning: fopen(php://nope): Failed to open stream: operation failed in %s/tests/php/streams/errors.php on line 4
bool(false)

Warning: file_get_contents(/nonexistent-dir/y): Failed to open stream: No such file or directory in %s/tests/php/streams/errors.php on line 5
bool(false)

Warning: readfile(/nonexistent-dir/z): Failed to open stream: No such file or directory in %s/tests/php/streams/errors.php on line 6
bool(false)

Notice: fwrite(): Write of 3 bytes failed with errno=9 Bad file descriptor in %s/tests/php/streams/errors.php on line 8
bool(false)
bool(false)

Notice: fread(): Read of 8192 bytes failed with errno=9 Bad file descriptor in %s/tests/php/streams/errors.php on line 11

Notice: fgets(): Read of 8192 bytes failed with errno=9 Bad file descriptor in %s/tests/php/streams/errors.php on line 11

Notice: fgetc(): Read of 8192 bytes failed with errno=9 Bad file descriptor in %s/tests/php/streams/errors.php on line 11
bool(false)
bool(false)
bool(false)
ValueError: fread(): Argument #2 ($length) must be greater than 0
TypeError: fread(): Argument #1 ($stream) must be of type resource, string given
ValueError: fgets(): Argument #2 ($length) must be greater than 0
TypeError: fwrite(): Argument #1 ($stream) must be of type resource, array given
TypeError: readdir(): Argument #1 ($dir_handle) must be a valid Directory resource
TypeError: fseek(): Argument #1 ($stream) must be of type resource, null given
ValueError: ftruncate(): Argument #2 ($size) must be greater than or equal to 0
fread(): supplied resource is not a valid stream resource
feof(): supplied resource is not a valid stream resource
