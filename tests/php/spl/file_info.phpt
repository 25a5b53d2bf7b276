--TEST--
SplFileInfo: name parts, stat methods and their exceptions, info and file classes
--FILE--
<?php
$i = new SplFileInfo('/no/such/dir/archive.tar.gz/');
var_dump($i->getPath(), $i->getFilename(), $i->getExtension(), $i->getBasename('.gz'), (string) $i);
var_dump($i->isFile(), $i->isDir(), $i->getRealPath());
foreach (['getSize', 'getMTime', 'getType', 'getPerms'] as $m) {
    try { $i->$m(); } catch (RuntimeException $e) { echo $e->getMessage(), "\n"; }
}
var_dump($i);
$p = $i->getPathInfo();
var_dump(get_class($p), $p->getPathname());
class MyInfo extends SplFileInfo {}
$f = new SplFileInfo(__FILE__);
var_dump(get_class($f->getFileInfo('MyInfo')), $f->getType(), $f->getSize() === filesize(__FILE__));
$f->setInfoClass('MyInfo');
var_dump(get_class($f->getPathInfo()));
try { $f->setFileClass('stdClass'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$o = $f->openFile();
var_dump(get_class($o), trim($o->fgets()));
var_dump((new SplFileInfo(''))->getSize());
--EXPECT--
string(12) "/no/such/dir"
string(14) "archive.tar.gz"
string(2) "gz"
string(11) "archive.tar"
string(27) "/no/such/dir/archive.tar.gz"
bool(false)
bool(false)
bool(false)
SplFileInfo::getSize(): stat failed for /no/such/dir/archive.tar.gz
SplFileInfo::getMTime(): stat failed for /no/such/dir/archive.tar.gz
SplFileInfo::getType(): Lstat failed for /no/such/dir/archive.tar.gz
SplFileInfo::getPerms(): stat failed for /no/such/dir/archive.tar.gz
object(SplFileInfo)#1 (2) {
  ["pathName":"SplFileInfo":private]=>
  string(27) "/no/such/dir/archive.tar.gz"
  ["fileName":"SplFileInfo":private]=>
  string(14) "archive.tar.gz"
}
string(11) "SplFileInfo"
string(12) "/no/such/dir"
string(6) "MyInfo"
string(4) "file"
bool(true)
string(6) "MyInfo"
SplFileInfo::setFileClass(): Argument #1 ($class) must be a class name derived from SplFileObject, stdClass given
string(13) "SplFileObject"
string(5) "<?php"
bool(false)
