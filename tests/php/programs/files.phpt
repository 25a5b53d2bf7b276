--TEST--
program: files in a temp dir (mkdir -p, file_put_contents with FILE_APPEND, fgets/fread/fseek/fgetc, file() flags, fputcsv + SplFileObject READ_CSV, copy/rename/touch, scandir, glob with braces, Recursive directory iteration, SplFileInfo, pathinfo, stat, php://memory, tmpfile, cleanup)
--FILE--
<?php
declare(strict_types=1);

$base = sys_get_temp_dir() . '/miniphp_prog_' . getmypid();
$rel = fn(string $p): string => str_replace($base, '<base>', $p);
@mkdir($base . '/logs/2024', 0755, true);
echo 'made: ', var_export(is_dir($base . '/logs/2024'), true), "\n";

$log = $base . '/logs/2024/app.log';
$lines = ["2024-01-01 INFO start", "2024-01-01 WARN disk", "2024-01-02 ERROR crash", "2024-01-02 INFO restart"];
echo 'bytes written: ', file_put_contents($log, implode("\n", $lines) . "\n"), "\n";
echo 'append: ', file_put_contents($log, "2024-01-03 INFO done\n", FILE_APPEND | LOCK_EX), "\n";
echo 'size: ', filesize($log), ' lines: ', count(file($log)), "\n";
clearstatcache();

$fh = fopen($log, 'r');
$counts = [];
while (($line = fgets($fh)) !== false) {
    [$date, $level] = explode(' ', rtrim($line), 3);
    $counts[$level] = ($counts[$level] ?? 0) + 1;
}
var_dump(feof($fh), ftell($fh));
rewind($fh);
echo 'first 10 bytes: ', fread($fh, 10), "\n";
fseek($fh, -5, SEEK_END);
echo 'last 5: ', json_encode(fread($fh, 100)), "\n";
fseek($fh, 11);
echo 'char at 11: ', fgetc($fh), ' pos ', ftell($fh), "\n";
fclose($fh);
ksort($counts);
echo json_encode($counts), "\n";
print_r(file($log, FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES)[2]);
echo "\n";

$csv = $base . '/data.csv';
$out = fopen($csv, 'w');
foreach ([['id', 'name'], [1, 'Ann, B.'], [2, 'Bo "the" Cat']] as $row) {
    fputcsv($out, $row);
}
fclose($out);
echo file_get_contents($csv);
$in = new SplFileObject($csv);
$in->setFlags(SplFileObject::READ_CSV | SplFileObject::SKIP_EMPTY | SplFileObject::READ_AHEAD);
foreach ($in as $n => $row) {
    echo $n, ': ', implode('|', $row), "\n";
}
$in = null;

copy($csv, $base . '/copy.csv');
rename($base . '/copy.csv', $base . '/logs/moved.csv');
touch($base . '/logs/empty.txt');
file_put_contents($base . '/logs/b.txt', 'bbb');
$names = scandir($base . '/logs');
echo implode(',', $names), "\n";
echo implode(',', array_map('basename', glob($base . '/logs/*.{txt,csv}', GLOB_BRACE))), "\n";
$it = new RecursiveIteratorIterator(new RecursiveDirectoryIterator($base, FilesystemIterator::SKIP_DOTS), RecursiveIteratorIterator::SELF_FIRST);
$found = [];
foreach ($it as $path => $info) {
    $found[] = $rel($path) . ($info->isDir() ? '/' : ' (' . $info->getSize() . ')');
}
sort($found);
echo implode("\n", $found), "\n";
$info = new SplFileInfo($log);
echo $info->getFilename(), ' ', $info->getExtension(), ' ', $info->getBasename('.log'), ' ', $rel($info->getPath()), ' ', var_export($info->isFile(), true), "\n";
echo pathinfo('/a/b/c.tar.gz', PATHINFO_EXTENSION), ' ', json_encode(pathinfo('/a/b/c.tar.gz')), ' ', dirname('/a/b/c', 2), ' ', basename('/a/b/'), "\n";
echo is_readable($log) ? 'r' : '-', is_writable($log) ? 'w' : '-', ' ', file_exists($base . '/nope') ? 'exists' : 'missing', "\n";
$st = stat($log);
echo $st['size'], ' ', $st[7], ' ', count($st), "\n";
var_dump(@file_get_contents($base . '/nope'));
echo error_get_last()['message'] === '' ? '' : $rel(error_get_last()['message']), "\n";
$fp = fopen('php://memory', 'r+');
fwrite($fp, "line1\nline2\n");
rewind($fp);
echo stream_get_contents($fp, -1, 6), '|', json_encode(fstat($fp)['size']), "\n";
fclose($fp);
$tmp = tmpfile();
fwrite($tmp, 'temp data');
fseek($tmp, 0);
echo fread($tmp, 4), "\n";
fclose($tmp);

// cleanup, deepest first
$rit = new RecursiveIteratorIterator(new RecursiveDirectoryIterator($base, FilesystemIterator::SKIP_DOTS), RecursiveIteratorIterator::CHILD_FIRST);
$removed = 0;
foreach ($rit as $p => $f) {
    $f->isDir() ? rmdir($p) : unlink($p);
    $removed++;
}
rmdir($base);
echo "removed $removed entries, base exists: ", var_export(file_exists($base), true), "\n";
--EXPECT--
made: true
bytes written: 90
append: 21
size: 111 lines: 5
bool(true)
int(111)
first 10 bytes: 2024-01-01
last 5: "done\n"
char at 11: I pos 12
{"ERROR":1,"INFO":3,"WARN":1}
2024-01-02 ERROR crash
id,name
1,"Ann, B."
2,"Bo ""the"" Cat"
0: id|name
1: 1|Ann, B.
2: 2|Bo "the" Cat
.,..,2024,b.txt,empty.txt,moved.csv
b.txt,empty.txt,moved.csv
<base>/data.csv (39)
<base>/logs/
<base>/logs/2024/
<base>/logs/2024/app.log (111)
<base>/logs/b.txt (3)
<base>/logs/empty.txt (0)
<base>/logs/moved.csv (39)
app.log log app <base>/logs/2024 true
gz {"dirname":"\/a\/b","basename":"c.tar.gz","extension":"gz","filename":"c.tar"} /a b
rw missing
111 111 26
bool(false)
file_get_contents(<base>/nope): Failed to open stream: No such file or directory
line2
|12
temp
removed 7 entries, base exists: false
