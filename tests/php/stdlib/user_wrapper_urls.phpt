--TEST--
User stream wrapper URL operations: unlink, rename, mkdir, rmdir, url_stat (and php's stat cache), stream_metadata for touch/chmod, dir_* for opendir/readdir/rewinddir/scandir; the warnings of a class without them; rename across wrappers
--FILE--
<?php
class W {
    public $context;
    public $i = 0;
    function __construct() { echo "ctor\n"; }
    function unlink($p) { echo "unlink $p\n"; return true; }
    function rename($a, $b) { echo "rename $a $b\n"; return true; }
    function mkdir($p, $m, $o) { echo "mkdir $p ", decoct($m), " $o\n"; return true; }
    function rmdir($p, $o) { echo "rmdir $p $o\n"; return true; }
    function url_stat($p, $f) { echo "url_stat $p $f\n"; if (str_contains($p, 'none')) return false; return ['mode' => 0100644, 'size' => 7, 'mtime' => 5]; }
    function stream_metadata($p, $o, $v) { echo "metadata $p $o "; var_dump($v); return true; }
    function dir_opendir($p, $o) { echo "opendir $p $o\n"; return true; }
    function dir_readdir() { echo "readdir\n"; return $this->i < 2 ? "e" . $this->i++ : false; }
    function dir_rewinddir() { echo "rewinddir\n"; $this->i = 0; return true; }
    function dir_closedir() { echo "closedir\n"; return true; }
}
class Bare { }
stream_wrapper_register('ww', 'W');
stream_wrapper_register('bare', 'Bare');
var_dump(unlink('ww://x'));
var_dump(rename('ww://x', 'ww://y'));
var_dump(mkdir('ww://d', 0700, true));
var_dump(rmdir('ww://d'));
var_dump(file_exists('ww://f'), is_file('ww://f'), is_dir('ww://f'), filesize('ww://f'), filemtime('ww://f'));
var_dump(file_exists('ww://none'));
var_dump(stat('ww://none'));
var_dump(lstat('ww://f')['size']);
var_dump(touch('ww://t', 10, 20));
var_dump(chmod('ww://t', 0600));
$d = opendir('ww://dir');
var_dump(readdir($d), readdir($d), readdir($d));
rewinddir($d);
var_dump(readdir($d));
closedir($d);
var_dump(scandir('ww://dir'));
var_dump(unlink('bare://x'));
var_dump(rename('bare://x', 'bare://y'));
var_dump(mkdir('bare://d'));
var_dump(rmdir('bare://d'));
var_dump(file_exists('bare://x'));
var_dump(stat('bare://x'));
var_dump(fopen('bare://x', 'r'));
var_dump(opendir('bare://x'));
var_dump(touch('bare://x'));
var_dump(rename('ww://x', 'bare://y'));
var_dump(rename('ww://x', '/tmp/y'));
--EXPECTF--
ctor
unlink ww://x
bool(true)
ctor
rename ww://x ww://y
bool(true)
ctor
mkdir ww://d 700 9
bool(true)
ctor
rmdir ww://d 8
bool(true)
ctor
url_stat ww://f 6
bool(true)
bool(true)
bool(false)
int(7)
int(5)
ctor
url_stat ww://none 6
bool(false)
ctor
url_stat ww://none 4

Warning: stat(): stat failed for ww://none in %s/tests/php/stdlib/user_wrapper_urls.php on line 26
bool(false)
ctor
url_stat ww://f 5
int(7)
ctor
metadata ww://t 1 array(2) {
  [0]=>
  int(10)
  [1]=>
  int(20)
}
bool(true)
ctor
metadata ww://t 6 int(384)
bool(true)
ctor
opendir ww://dir 0
readdir
readdir
readdir
string(2) "e0"
string(2) "e1"
bool(false)
rewinddir
readdir
string(2) "e0"
closedir
ctor
opendir ww://dir 0
readdir
readdir
readdir
closedir
array(2) {
  [0]=>
  string(2) "e0"
  [1]=>
  string(2) "e1"
}

Deprecated: Creation of dynamic property Bare::$context is deprecated in %s/tests/php/stdlib/user_wrapper_urls.php on line 36

Warning: unlink(): Bare::unlink is not implemented! in %s/tests/php/stdlib/user_wrapper_urls.php on line 36
bool(false)

Deprecated: Creation of dynamic property Bare::$context is deprecated in %s/tests/php/stdlib/user_wrapper_urls.php on line 37

Warning: rename(): Bare::rename is not implemented! in %s/tests/php/stdlib/user_wrapper_urls.php on line 37
bool(false)

Deprecated: Creation of dynamic property Bare::$context is deprecated in %s/tests/php/stdlib/user_wrapper_urls.php on line 38

Warning: mkdir(): Bare::mkdir is not implemented! in %s/tests/php/stdlib/user_wrapper_urls.php on line 38
bool(false)

Deprecated: Creation of dynamic property Bare::$context is deprecated in %s/tests/php/stdlib/user_wrapper_urls.php on line 39

Warning: rmdir(): Bare::rmdir is not implemented! in %s/tests/php/stdlib/user_wrapper_urls.php on line 39
bool(false)

Deprecated: Creation of dynamic property Bare::$context is deprecated in %s/tests/php/stdlib/user_wrapper_urls.php on line 40

Warning: file_exists(): Bare::url_stat is not implemented! in %s/tests/php/stdlib/user_wrapper_urls.php on line 40
bool(false)

Deprecated: Creation of dynamic property Bare::$context is deprecated in %s/tests/php/stdlib/user_wrapper_urls.php on line 41

Warning: stat(): Bare::url_stat is not implemented! in %s/tests/php/stdlib/user_wrapper_urls.php on line 41

Warning: stat(): stat failed for bare://x in %s/tests/php/stdlib/user_wrapper_urls.php on line 41
bool(false)

Deprecated: Creation of dynamic property Bare::$context is deprecated in %s/tests/php/stdlib/user_wrapper_urls.php on line 42

Warning: fopen(bare://x): Failed to open stream: "Bare::stream_open" call failed in %s/tests/php/stdlib/user_wrapper_urls.php on line 42
bool(false)

Deprecated: Creation of dynamic property Bare::$context is deprecated in %s/tests/php/stdlib/user_wrapper_urls.php on line 43

Warning: opendir(bare://x): Failed to open directory: "Bare::dir_opendir" call failed in %s/tests/php/stdlib/user_wrapper_urls.php on line 43
bool(false)

Deprecated: Creation of dynamic property Bare::$context is deprecated in %s/tests/php/stdlib/user_wrapper_urls.php on line 44

Warning: touch(): Bare::stream_metadata is not implemented! in %s/tests/php/stdlib/user_wrapper_urls.php on line 44
bool(false)

Warning: rename(): Cannot rename a file across wrapper types in %s/tests/php/stdlib/user_wrapper_urls.php on line 45
bool(false)

Warning: rename(): Cannot rename a file across wrapper types in %s/tests/php/stdlib/user_wrapper_urls.php on line 46
bool(false)
