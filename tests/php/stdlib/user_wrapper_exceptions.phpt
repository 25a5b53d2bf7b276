--TEST--
Exceptions thrown by a user stream wrapper's constructor or methods reach the caller, their traces showing the built-in as php's internal frames; no 'Failed to open stream' then, and stream_eof is skipped after a throwing stream_read
--FILE--
<?php
class Boom {
    public $context;
    function __construct() { throw new Exception("ctor"); }
}
class ReadBoom {
    public $context;
    function stream_open($p, $m, $o, &$op) { return true; }
    function stream_read($n) { throw new RuntimeException("read"); }
    function stream_eof() { echo "not called\n"; return true; }
}
stream_wrapper_register('boom', 'Boom');
stream_wrapper_register('rb', 'ReadBoom');
try { fopen('boom://x', 'r'); } catch (Exception $e) { echo $e->getMessage(), "\n", $e->getTraceAsString(), "\n"; }
$f = fopen('rb://x', 'r');
try { fread($f, 10); } catch (Exception $e) { echo $e->getMessage(), "\n", $e->getTraceAsString(), "\n"; }
try { file_get_contents('boom://y'); } catch (Exception $e) { echo $e->getTraceAsString(), "\n"; }
echo "done\n";
--EXPECTF--
ctor
#0 [internal function]: Boom->__construct()
#1 %s/tests/php/stdlib/user_wrapper_exceptions.php(14): fopen('boom://x', 'r')
#2 {main}
read
#0 [internal function]: ReadBoom->stream_read(8192)
#1 %s/tests/php/stdlib/user_wrapper_exceptions.php(16): fread(Resource id #7, 10)
#2 {main}
#0 [internal function]: Boom->__construct()
#1 %s/tests/php/stdlib/user_wrapper_exceptions.php(17): file_get_contents('boom://y')
#2 {main}
done
