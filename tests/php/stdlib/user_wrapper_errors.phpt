--TEST--
User stream wrapper errors: missing methods' warnings named for the calling function, an exception in stream_read skips stream_eof and reaches the caller, register/unregister errors; stream_set_blocking/timeout/write_buffer/read_buffer/chunk_size on plain and memory streams
--FILE--
<?php
class Plain { public $context; }
stream_wrapper_register('plain', 'Plain');
$f = fopen('plain://x', 'r');
class RO {
    public $context;
    private $d = "0123456789";
    private $p = 0;
    function stream_open($path, $mode, $options, &$opened) { return true; }
    function stream_read($n) { $r = substr($this->d, $this->p, 20); $this->p += strlen($r); return $r; }
    function stream_eof() { return $this->p >= 10; }
}
stream_wrapper_register('ro', 'RO');
$f = fopen('ro://x', 'r');
var_dump(fread($f, 100));
var_dump(fwrite($f, "abc"));
var_dump(fseek($f, 0));
var_dump(ftell($f));
var_dump(fstat($f));
var_dump(ftruncate($f, 0));
var_dump(flock($f, LOCK_SH));
var_dump(fclose($f));
class Thrower {
    public $context;
    function stream_open($path, $mode, $options, &$opened) { return true; }
    function stream_read($n) { throw new Exception("boom"); }
    function stream_eof() { echo "eof called\n"; return true; }
}
stream_wrapper_register('thr', 'Thrower');
try {
    $f = fopen('thr://x', 'r');
    var_dump(fread($f, 10));
    echo "not here\n";
} catch (Exception $e) { echo "caught ", $e->getMessage(), "\n"; }
var_dump(stream_wrapper_register('thr', 'Thrower'));
var_dump(stream_wrapper_unregister('thr'));
var_dump(@file_get_contents('thr://x'));
try { stream_wrapper_register('zz', 'Nope'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
echo "done\n";
$f = fopen(__FILE__, 'r');
var_dump(stream_set_blocking($f, false), stream_set_timeout($f, 1), stream_set_write_buffer($f, 0), stream_set_read_buffer($f, 0), stream_set_chunk_size($f, 100));
$m = fopen('php://memory', 'r+');
var_dump(stream_set_blocking($m, false), stream_set_timeout($m, 1), stream_set_write_buffer($m, 0), stream_set_read_buffer($m, 0), stream_set_chunk_size($m, 100));
var_dump(stream_get_meta_data($f)['blocked']);
--EXPECTF--
Warning: fopen(plain://x): Failed to open stream: "Plain::stream_open" call failed in %s/tests/php/stdlib/user_wrapper_errors.php on line 4
string(10) "0123456789"

Warning: fwrite(): RO::stream_write is not implemented! in %s/tests/php/stdlib/user_wrapper_errors.php on line 16
bool(false)

Warning: fseek(): Stream does not support seeking in %s/tests/php/stdlib/user_wrapper_errors.php on line 17
int(-1)
int(10)

Warning: fstat(): RO::stream_stat is not implemented! in %s/tests/php/stdlib/user_wrapper_errors.php on line 19
bool(false)

Warning: ftruncate(): Can't truncate this stream! in %s/tests/php/stdlib/user_wrapper_errors.php on line 20
bool(false)

Warning: flock(): RO::stream_lock is not implemented! in %s/tests/php/stdlib/user_wrapper_errors.php on line 21
bool(false)
bool(true)
caught boom

Warning: stream_wrapper_register(): Protocol thr:// is already defined. in %s/tests/php/stdlib/user_wrapper_errors.php on line 35
bool(false)
bool(true)
bool(false)
stream_wrapper_register(): Argument #2 ($class) must be a valid class name, Nope given
done
bool(true)
bool(false)
int(-1)
int(0)
int(8192)
bool(true)
bool(false)
int(-1)
int(0)
int(8192)
bool(false)
