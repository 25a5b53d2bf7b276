--TEST--
streams: socket pair, a tcp server on an ephemeral port, client, accept, stream_select, names, blocking and timeouts
--FILE--
<?php
[$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
var_dump(fwrite($a, "hello\nworld\n"), fgets($b), stream_get_meta_data($b)['unread_bytes']);
stream_set_blocking($b, false);
var_dump(fgets($b), fread($b, 10), feof($b));
fclose($a);
var_dump(fread($b, 10), feof($b));

$server = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
$name = stream_socket_get_name($server, false);
var_dump(str_starts_with($name, '127.0.0.1:'), stream_socket_get_name($server, true));
$meta = stream_get_meta_data($server);
echo $meta['stream_type'], ' ', $meta['mode'], ' ', var_export($meta['seekable'], true), "\n";

$client = stream_socket_client("tcp://$name", $errno, $errstr, 5);
$conn = stream_socket_accept($server, 5, $peer);
var_dump(str_starts_with($peer, '127.0.0.1:'), stream_socket_get_name($client, true) === $name);

$r = ['srv' => $conn, 'cli' => $client];
$w = $e = null;
var_dump(stream_select($r, $w, $e, 0));
fwrite($client, "ping");
$r = ['srv' => $conn, 'cli' => $client];
var_dump(stream_select($r, $w, $e, 1), array_keys($r), fread($conn, 4));

stream_set_timeout($client, 0, 1000);
var_dump(fread($client, 1), stream_get_meta_data($client)['timed_out']);
fwrite($conn, "pong");
var_dump(fread($client, 4), stream_get_meta_data($client)['timed_out']);
fclose($conn);
var_dump(fread($client, 4), feof($client));

var_dump(@stream_socket_client('tcp://127.0.0.1:1', $errno, $errstr, 1), $errno, $errstr);
try {
    $n = null;
    stream_select($n, $n, $n, 0);
} catch (ValueError $ex) {
    echo $ex->getMessage(), "\n";
}
var_dump(count(stream_get_transports()) > 3);
--EXPECT--
int(12)
string(6) "hello
"
int(6)
string(6) "world
"
string(0) ""
bool(false)
string(0) ""
bool(true)
bool(true)
bool(false)
tcp_socket/ssl r+ false
bool(true)
bool(true)
int(0)
int(1)
array(1) {
  [0]=>
  string(3) "srv"
}
string(4) "ping"
bool(false)
bool(true)
string(4) "pong"
bool(false)
string(0) ""
bool(true)
bool(false)
int(111)
string(18) "Connection refused"
No stream arrays were passed
bool(true)
