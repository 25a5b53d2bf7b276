--TEST--
include/include_once/require of a user stream wrapper's URL: stream_open with php's include options, stream_set_option/stream_stat asked (warnings when missing), read to the end, compiled under the URL, then stream_close; a parse error names the URL; a failed stream_open
--FILE--
<?php
class L {
    public $context; private $d; private $p = 0;
    function stream_open($path, $mode, $options, &$op) { echo "open $path $mode $options\n"; $this->d = '<?php echo "included ", __FILE__, " ", __LINE__, "\n"; return 5;'; return true; }
    function stream_read($n) { echo "read $n\n"; $r = substr($this->d, $this->p, $n); $this->p += strlen($r); return $r; }
    function stream_eof() { echo "eof\n"; return $this->p >= strlen($this->d); }
    function stream_close() { echo "close\n"; }
}
stream_wrapper_register('ll', 'L');
var_dump(include 'll://one');
var_dump(include_once 'll://one');
var_dump(include_once 'll://one');
class M extends L {
    function stream_stat() { echo "stat\n"; return ['size' => 10]; }
    function stream_set_option($o, $a, $b) { echo "set_option $o $a $b\n"; return false; }
    function url_stat($p, $f) { echo "url_stat $p $f\n"; return false; }
}
stream_wrapper_register('mm', 'M');
try { var_dump(include 'mm://two'); } catch (ParseError $e) { echo get_class($e), ': ', $e->getMessage(), ' ', $e->getFile(), "\n"; }

class F { public $context; function stream_open($path, $mode, $options, &$op) { return false; } }
stream_wrapper_register('ff', 'F');
var_dump(include 'ff://x');
var_dump(file_exists('mm://q'));
require 'ff://y';
--EXPECTF--
open ll://one rb 65665

Warning: include(): L::stream_set_option is not implemented! in %s/tests/php/stdlib/user_wrapper_include.php on line 10

Warning: include(): L::stream_stat is not implemented! in %s/tests/php/stdlib/user_wrapper_include.php on line 10
read 8192
eof
read 8192
eof
close
included ll://one 1
int(5)
open ll://one rb 65665

Warning: include_once(): L::stream_set_option is not implemented! in %s/tests/php/stdlib/user_wrapper_include.php on line 11
close
bool(true)
open ll://one rb 65665

Warning: include_once(): L::stream_set_option is not implemented! in %s/tests/php/stdlib/user_wrapper_include.php on line 12
close
bool(true)
open mm://two rb 65665
set_option 2 0 8192
stat
read 8192
eof
ParseError: syntax error, unexpected end of file mm://two

Warning: include(ff://x): Failed to open stream: "F::stream_open" call failed in %s/tests/php/stdlib/user_wrapper_include.php on line 23

Warning: include(): Failed opening 'ff://x' for inclusion (include_path='.:/usr/share/php') in %s/tests/php/stdlib/user_wrapper_include.php on line 23
bool(false)
url_stat mm://q 6
bool(false)

Warning: require(ff://y): Failed to open stream: "F::stream_open" call failed in %s/tests/php/stdlib/user_wrapper_include.php on line 25

Fatal error: Uncaught Error: Failed opening required 'ff://y' (include_path='.:/usr/share/php') in %s/tests/php/stdlib/user_wrapper_include.php:25
Stack trace:
#0 {main}
  thrown in %s/tests/php/stdlib/user_wrapper_include.php on line 25
