--TEST--
Stream filters: string.toupper/rot13 and convert.base64-encode/decode on read and write chains (append, prepend, remove flushes, fclose flushes), unknown filters, a php_user_filter subclass with buckets (make_writeable, append, new), its onCreate/onClose and closing call
--FILE--
<?php
$m = fopen('php://memory', 'w+');
$f = stream_filter_append($m, 'string.toupper', STREAM_FILTER_WRITE);
var_dump($f);
fwrite($m, "hello ");
stream_filter_remove($f);
fwrite($m, "world\n");
rewind($m);
echo stream_get_contents($m);
$r = stream_filter_prepend($m, 'string.rot13', STREAM_FILTER_READ);
rewind($m);
echo stream_get_contents($m);
var_dump(stream_filter_append($m, 'no.such'));
var_dump(in_array('string.rot13', stream_get_filters()));
$t = tmpfile();
stream_filter_append($t, 'convert.base64-encode', STREAM_FILTER_WRITE);
fwrite($t, "abcd");
fwrite($t, "e");
$meta = stream_get_meta_data($t);
fclose($t);
class Upper extends php_user_filter {
    function onCreate(): bool { echo "create {$this->filtername} ", var_export($this->params, true), "\n"; return $this->params !== 'no'; }
    function onClose(): void { echo "close\n"; }
    function filter($in, $out, &$consumed, $closing): int {
        while ($b = stream_bucket_make_writeable($in)) {
            $b->data = strtoupper($b->data) . "|";
            $consumed += $b->datalen;
            stream_bucket_append($out, $b);
        }
        if ($closing) { stream_bucket_append($out, stream_bucket_new($this->stream, "[end]")); }
        return PSFS_PASS_ON;
    }
}
var_dump(stream_filter_register('my.*', 'Upper'));
var_dump(stream_filter_register('my.*', 'Upper'));
$m = fopen('php://memory', 'w+');
fwrite($m, "line one\nline two\n");
rewind($m);
$f = stream_filter_append($m, 'my.upper', STREAM_FILTER_READ, ['x' => 1]);
var_dump(fgets($m));
var_dump(stream_get_contents($m));
var_dump(@stream_filter_append($m, 'my.no', STREAM_FILTER_READ, 'no'));
fclose($m);
$d = fopen('php://memory', 'w+');
fwrite($d, base64_encode("round trip"));
rewind($d);
stream_filter_append($d, 'convert.base64-decode');
var_dump(stream_get_contents($d));
--EXPECTF--
resource(6) of type (stream filter)
HELLO world
URYYB jbeyq

Warning: stream_filter_append(): Unable to locate filter "no.such" in %s/tests/php/stdlib/stream_filters.php on line 13
bool(false)
bool(true)
bool(true)
bool(false)
create my.upper array (
  'x' => 1,
)
string(9) "LINE ONE
"
string(15) "LINE TWO
|[end]"
create my.no 'no'
bool(false)
close
string(10) "round trip"
