--TEST--
DirectoryIterator, FilesystemIterator, RecursiveDirectoryIterator and GlobIterator over a temporary tree
--FILE--
<?php
$root = sys_get_temp_dir() . '/miniphp_spl_dirs';
@mkdir("$root/sub/deeper", 0777, true);
file_put_contents("$root/a.txt", 'a');
file_put_contents("$root/sub/b.php", 'bb');
file_put_contents("$root/sub/deeper/c.txt", 'ccc');

$names = [];
foreach (new DirectoryIterator($root) as $k => $e) {
    $names[] = ($e->isDot() ? 'dot:' : '') . $e->getFilename() . ($e->isDir() ? '/' : '') . '@' . is_int($k);
}
sort($names);
echo implode(' ', $names), "\n";

$it = new FilesystemIterator($root, FilesystemIterator::KEY_AS_FILENAME | FilesystemIterator::CURRENT_AS_PATHNAME);
$found = iterator_to_array($it);
ksort($found);
foreach ($found as $k => $v) echo $k, ' => ', substr($v, strlen($root)), "\n";
var_dump($it->getFlags());

$files = [];
$rii = new RecursiveIteratorIterator(new RecursiveDirectoryIterator($root, FilesystemIterator::SKIP_DOTS), RecursiveIteratorIterator::SELF_FIRST);
foreach ($rii as $path => $info) {
    $files[] = substr($path, strlen($root)) . ' ' . $rii->getInnerIterator()->getSubPathname() . ' ' . ($info->isFile() ? $info->getSize() : 'dir');
}
sort($files);
echo implode("\n", $files), "\n";

$g = new GlobIterator("$root/*.txt");
var_dump(count($g));
foreach ($g as $k => $v) echo substr($k, strlen($root)), ' ', $v->getFilename(), "\n";

try { new DirectoryIterator("$root/missing"); } catch (UnexpectedValueException $e) { echo get_class($e), "\n"; }
try { new DirectoryIterator(''); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
$d = new DirectoryIterator($root);
try { $d->seek(100); } catch (OutOfBoundsException $e) { echo $e->getMessage(), "\n"; }

unlink("$root/sub/deeper/c.txt"); rmdir("$root/sub/deeper");
unlink("$root/sub/b.php"); rmdir("$root/sub");
unlink("$root/a.txt"); rmdir($root);
--EXPECT--
a.txt@1 dot:../@1 dot:./@1 sub/@1
. => /.
.. => /..
a.txt => /a.txt
sub => /sub
int(288)
/a.txt a.txt 1
/sub sub dir
/sub/b.php sub/b.php 2
/sub/deeper sub/deeper dir
/sub/deeper/c.txt sub/deeper/c.txt 3
int(1)
/a.txt a.txt
UnexpectedValueException
DirectoryIterator::__construct(): Argument #1 ($directory) cannot be empty
Seek position 100 is out of range
