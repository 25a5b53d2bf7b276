--TEST--
STDOUT, php://output and fprintf interleaved with echo and output buffers
--FILE--
<?php
echo "echo 1\n";
fwrite(STDOUT, "stdout 1\n");
echo "echo 2\n";
var_dump(fprintf(STDOUT, "%05.1f|%-4s|%x\n", 3.14159, "ab", 255));
var_dump(vfprintf(STDOUT, "%s-%s\n", ['a', 'b']));
$o = fopen('php://output', 'w');
ob_start();
fwrite($o, "into the buffer\n");
fwrite(STDOUT, "stdout 2\n");
$got = ob_get_clean();
var_dump($got);
var_dump(file_put_contents('php://output', "fpc\n"));
var_dump(fwrite(STDERR, ""), fflush(STDOUT));
var_dump(fread(STDOUT, 1));
echo "end\n";
--EXPECTF--
echo 1
stdout 1
echo 2
003.1|ab  |ff
int(14)
a-b
int(4)
stdout 2
string(16) "into the buffer
"
fpc
int(4)
int(0)
bool(true)

Notice: fread(): Read of 8192 bytes failed with errno=9 Bad file descriptor in %s/tests/php/streams/stdout.php on line 15
bool(false)
end
