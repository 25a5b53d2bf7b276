--TEST--
User stream wrapper: fopen/fwrite/fgets/fread/fseek/ftell/fstat/fflush/fclose call the class's methods through php's 8 KB buffer; file_get_contents/file_put_contents/file; a failed stream_open; wrapper_data in the meta data
--FILE--
<?php
class MemStream {
    public $context;
    static $data = [];
    private $name;
    private $pos = 0;
    function stream_open($path, $mode, $options, &$opened_path) {
        echo "open $path $mode $options\n";
        $this->name = substr($path, 6);
        if ($mode[0] == 'w' || !isset(self::$data[$this->name])) self::$data[$this->name] = '';
        if ($this->name === 'fail') return false;
        return true;
    }
    function stream_read($n) {
        echo "read $n\n";
        $r = substr(self::$data[$this->name], $this->pos, $n);
        $this->pos += strlen($r);
        return $r;
    }
    function stream_write($d) {
        echo "write ", strlen($d), "\n";
        self::$data[$this->name] = substr(self::$data[$this->name], 0, $this->pos) . $d;
        $this->pos += strlen($d);
        return strlen($d);
    }
    function stream_eof() { echo "eof\n"; return $this->pos >= strlen(self::$data[$this->name]); }
    function stream_tell() { echo "tell\n"; return $this->pos; }
    function stream_seek($o, $w) { echo "seek $o $w\n"; if ($w == SEEK_SET) $this->pos = $o; elseif ($w == SEEK_END) $this->pos = strlen(self::$data[$this->name]) + $o; else $this->pos += $o; return true; }
    function stream_flush() { echo "flush\n"; return true; }
    function stream_close() { echo "close\n"; }
    function stream_stat() { echo "stat\n"; return ['size' => strlen(self::$data[$this->name])]; }
}
var_dump(stream_wrapper_register('mem', 'MemStream'));
$f = fopen('mem://a', 'w+');
var_dump(get_resource_type($f));
var_dump(fwrite($f, "hello\nworld\n"));
var_dump(fwrite($f, str_repeat('x', 10000)));
var_dump(ftell($f));
var_dump(rewind($f));
var_dump(fgets($f));
var_dump(fread($f, 3));
var_dump(feof($f));
var_dump(fseek($f, 5, SEEK_CUR));
var_dump(ftell($f));
var_dump(strlen(stream_get_contents($f)));
var_dump(feof($f));
var_dump(fstat($f)['size']);
var_dump(fflush($f));
var_dump(fclose($f));
var_dump(file_put_contents('mem://b', 'abc'));
var_dump(file_get_contents('mem://b'));
var_dump(file('mem://b'));
var_dump(fopen('mem://fail', 'r'));
var_dump(file_get_contents('mem://fail'));
$h = fopen("mem://b", "r");
$m = stream_get_meta_data($h);
fclose($h);
var_dump($m);
var_dump(in_array('mem', stream_get_wrappers()));
var_dump(stream_wrapper_unregister('mem'));
var_dump(@fopen('mem://b', 'r'));
echo "done\n";
--EXPECTF--
bool(true)
open mem://a w+ 0
string(6) "stream"
write 12
int(12)
write 8192
write 1808
int(10000)
int(10012)
seek 0 0
tell
bool(true)
read 8192
eof
string(6) "hello
"
string(3) "wor"
bool(false)
int(0)
int(14)
stat
read 8192
eof
read 8192
eof
int(9998)
bool(true)
stat
int(10012)
flush
bool(true)
close
bool(true)
open mem://b wb 0
write 3
flush
close
int(3)
open mem://b rb 0
stat
read 8192
eof
read 8192
eof
close
string(3) "abc"
open mem://b rb 0
stat
read 8192
eof
read 8192
eof
close
array(1) {
  [0]=>
  string(3) "abc"
}
open mem://fail r 0

Warning: fopen(mem://fail): Failed to open stream: "MemStream::stream_open" call failed in %s/tests/php/stdlib/user_wrapper_stream.php on line 53
bool(false)
open mem://fail rb 0

Warning: file_get_contents(mem://fail): Failed to open stream: "MemStream::stream_open" call failed in %s/tests/php/stdlib/user_wrapper_stream.php on line 54
bool(false)
open mem://b r 0
eof
close
array(10) {
  ["timed_out"]=>
  bool(false)
  ["blocked"]=>
  bool(true)
  ["eof"]=>
  bool(false)
  ["wrapper_data"]=>
  object(MemStream)#1 (3) {
    ["context"]=>
    resource(5) of type (stream-context)
    ["name":"MemStream":private]=>
    string(1) "b"
    ["pos":"MemStream":private]=>
    int(0)
  }
  ["wrapper_type"]=>
  string(10) "user-space"
  ["stream_type"]=>
  string(10) "user-space"
  ["mode"]=>
  string(1) "r"
  ["unread_bytes"]=>
  int(0)
  ["seekable"]=>
  bool(true)
  ["uri"]=>
  string(7) "mem://b"
}
bool(true)
bool(true)
bool(false)
done
