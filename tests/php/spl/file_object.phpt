--TEST--
SplFileObject and SplTempFileObject: lines as an iterator, flags, seek, csv, stream methods
--FILE--
<?php
$t = new SplTempFileObject();
$t->fwrite("one\ntwo\n\nfour\r\nfive");
foreach ($t as $k => $line) echo $k, ':', json_encode($line), "\n";
$t->setFlags(SplFileObject::DROP_NEW_LINE | SplFileObject::SKIP_EMPTY | SplFileObject::READ_AHEAD);
foreach ($t as $k => $line) echo $k, '=', $line, "|";
echo "\n";
$t->seek(3);
var_dump($t->key(), $t->current(), $t->getFlags());
$t->rewind();
var_dump($t->fgets(), $t->ftell(), $t->fgetc(), $t->eof(), $t->valid());

$c = new SplTempFileObject();
$c->fputcsv(['a', 'b c', 'd"e']);
$c->fputcsv([1, 2.5, null], ';');
$c->rewind();
var_dump($c->fgetcsv(), $c->fgetcsv(';'), $c->fgetcsv());
$c->setCsvControl('|', "'", '');
var_dump($c->getCsvControl());
$c->rewind();
$c->setFlags(SplFileObject::READ_CSV | SplFileObject::SKIP_EMPTY | SplFileObject::READ_AHEAD);
foreach ($c as $row) echo count($row), ' ';
echo "\n";

$name = sys_get_temp_dir() . '/miniphp_spl_file_object.txt';
file_put_contents($name, "x,1\ny,2\n");
$f = new SplFileObject($name, 'r+');
var_dump($f->getFilename() === basename($name), $f->getSize(), $f->isFile());
var_dump($f->fread(3), $f->fstat()['size'], $f->ftruncate(4), $f->fgets());
try { $f->seek(-1); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { clone $f; } catch (Error $e) { echo $e->getMessage(), "\n"; }
unset($f);
unlink($name);
try { new SplFileObject($name); } catch (RuntimeException $e) { echo get_class($e), "\n"; }
try { new SplFileObject(__DIR__); } catch (LogicException $e) { echo $e->getMessage(), "\n"; }
class Lazy extends SplFileObject { function __construct() {} }
try { (new Lazy)->fgets(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
print_r(new SplTempFileObject(-1));
--EXPECT--
0:"one\n"
1:"two\n"
2:"\n"
3:"four\r\n"
4:"five"
0=one|1=two|2=four|3=five|
int(3)
string(4) "five"
int(7)
string(3) "two"
int(8)
string(1) "
"
bool(false)
bool(false)
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(3) "b c"
  [2]=>
  string(3) "d"e"
}
array(3) {
  [0]=>
  string(1) "1"
  [1]=>
  string(3) "2.5"
  [2]=>
  string(0) ""
}
bool(false)
array(3) {
  [0]=>
  string(1) "|"
  [1]=>
  string(1) "'"
  [2]=>
  string(0) ""
}
1 1 
bool(true)
int(8)
bool(true)
string(3) "x,1"
int(8)
bool(true)
string(1) "
"
SplFileObject::seek(): Argument #1 ($line) must be greater than or equal to 0
Trying to clone an uncloneable object of class SplFileObject
RuntimeException
Cannot use SplFileObject with directories
The parent constructor was not called: the object is in an invalid state
SplTempFileObject Object
(
    [pathName:SplFileInfo:private] => php://memory
    [fileName:SplFileInfo:private] => php://memory
    [openMode:SplFileObject:private] => wb
    [delimiter:SplFileObject:private] => ,
    [enclosure:SplFileObject:private] => "
)
