--TEST--
data: URLs as php's rfc2397 wrapper (metadata in stream_get_meta_data, media type and parameter errors, read-only for "r"), idate's tokens, time_nanosleep / time_sleep_until checks, getmyuid / getmygid / getmyinode / getlastmod of the script, tempnam's prefix
--FILE--
<?php
foreach (['data://,', 'data://', 'data:;base64,SGk=', 'data://foo,', 'data://text/plain;foo=bar;mediatype=x,a%20b',
          'data://text/plain;foo,', 'data://;charset=UTF-8,Hello', 'data://text/plain;foo=bar;bar=baz', 'data:text/plain;base64,@@'] as $url) {
    $f = @fopen($url, 'r');
    if (!$f) {
        echo error_get_last()['message'], "\n";
        continue;
    }
    var_dump(stream_get_meta_data($f), stream_get_contents($f), fwrite($f, 'x'));
}
$w = fopen('data:,abc', 'r+');
var_dump(fwrite($w, 'X'), rewind($w), fread($w, 10));

date_default_timezone_set('UTC');
foreach (str_split('BdjhgHGiILmnNostUwWyYzZ') as $c) {
    echo $c, '=', idate($c, 1043324459), ' ';
}
echo "\n";
var_dump(idate('x', 0), idate('Ymd', 0));

foreach ([[-1, 0], [0, -1], [0, 1000000000]] as [$s, $ns]) {
    try {
        time_nanosleep($s, $ns);
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
var_dump(time_nanosleep(0, 1000), time_sleep_until(microtime(true) + 0.01), time_sleep_until(1));
try {
    time_sleep_until(-1);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}

var_dump(getmyuid() === fileowner(__FILE__), getmygid() === filegroup(__FILE__), getmyinode() === fileinode(__FILE__), getlastmod() === filemtime(__FILE__));
try {
    tempnam(__DIR__, "a\0b");
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
$t = tempnam(__DIR__, '/no/such/dir/pre');
var_dump(str_starts_with(basename($t), 'pre'), dirname($t) === realpath(__DIR__));
unlink($t);
--EXPECTF--
Notice: fwrite(): Stream is not writable in %s/tests/php/stdlib/data_url_idate_sleep.php on line 9
array(7) {
  ["base64"]=>
  bool(false)
  ["wrapper_type"]=>
  string(7) "RFC2397"
  ["stream_type"]=>
  string(7) "RFC2397"
  ["mode"]=>
  string(1) "r"
  ["unread_bytes"]=>
  int(0)
  ["seekable"]=>
  bool(true)
  ["uri"]=>
  string(8) "data://,"
}
string(0) ""
bool(false)
fopen(data://): Failed to open stream: rfc2397: no comma in URL

Notice: fwrite(): Stream is not writable in %s/tests/php/stdlib/data_url_idate_sleep.php on line 9
array(7) {
  ["base64"]=>
  bool(true)
  ["wrapper_type"]=>
  string(7) "RFC2397"
  ["stream_type"]=>
  string(7) "RFC2397"
  ["mode"]=>
  string(1) "r"
  ["unread_bytes"]=>
  int(0)
  ["seekable"]=>
  bool(true)
  ["uri"]=>
  string(17) "data:;base64,SGk="
}
string(2) "Hi"
bool(false)
fopen(data://foo,): Failed to open stream: rfc2397: illegal media type

Notice: fwrite(): Stream is not writable in %s/tests/php/stdlib/data_url_idate_sleep.php on line 9
array(9) {
  ["mediatype"]=>
  string(10) "text/plain"
  ["foo"]=>
  string(3) "bar"
  ["base64"]=>
  bool(false)
  ["wrapper_type"]=>
  string(7) "RFC2397"
  ["stream_type"]=>
  string(7) "RFC2397"
  ["mode"]=>
  string(1) "r"
  ["unread_bytes"]=>
  int(0)
  ["seekable"]=>
  bool(true)
  ["uri"]=>
  string(43) "data://text/plain;foo=bar;mediatype=x,a%20b"
}
string(3) "a b"
bool(false)
fopen(data://text/plain;foo,): Failed to open stream: rfc2397: illegal parameter
fopen(data://;charset=UTF-8,Hello): Failed to open stream: rfc2397: illegal media type
fopen(data://text/plain;foo=bar;bar=baz): Failed to open stream: rfc2397: no comma in URL
fopen(data:text/plain;base64,@@): Failed to open stream: rfc2397: unable to decode

Notice: fwrite(): Stream is not writable in %s/tests/php/stdlib/data_url_idate_sleep.php on line 12
bool(false)
bool(true)
string(3) "abc"
B=556 d=23 j=23 h=12 g=12 H=12 G=12 i=20 I=0 L=0 m=1 n=1 N=4 o=2003 s=59 t=31 U=1043324459 w=4 W=4 y=3 Y=2003 z=22 Z=0 

Warning: idate(): Unrecognized date format token in %s/tests/php/stdlib/data_url_idate_sleep.php on line 19

Warning: idate(): idate format is one char in %s/tests/php/stdlib/data_url_idate_sleep.php on line 19
bool(false)
bool(false)
time_nanosleep(): Argument #1 ($seconds) must be greater than or equal to 0
time_nanosleep(): Argument #2 ($nanoseconds) must be greater than or equal to 0
Nanoseconds was not in the range 0 to 999 999 999 or seconds was negative

Warning: time_sleep_until(): Argument #1 ($timestamp) must be greater than or equal to the current time in %s/tests/php/stdlib/data_url_idate_sleep.php on line 28
bool(true)
bool(true)
bool(false)
time_sleep_until(): Argument #1 ($timestamp) must be between 0 and 18446744073
bool(true)
bool(true)
bool(true)
bool(true)
tempnam(): Argument #2 ($prefix) must not contain any null bytes
bool(true)
bool(true)
