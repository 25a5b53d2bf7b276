--TEST--
STDIN and php://stdin: fgets, feof, fgetc, stream_get_contents
--STDIN--
first line
second line
x
rest of
the input
--FILE--
<?php
var_dump(fgets(STDIN), feof(STDIN));
$in = fopen('php://stdin', 'r');
var_dump(fgets($in), fgetc(STDIN), fgetc(STDIN));
var_dump(stream_get_contents(STDIN), feof(STDIN), fgets(STDIN), fgetc(STDIN));
var_dump(ftell(STDIN), fseek(STDIN, 0));
var_dump(file_get_contents('php://input'));
--EXPECTF--
string(11) "first line
"
bool(false)
bool(false)
string(1) "s"
string(1) "e"
string(30) "cond line
x
rest of
the input
"
bool(true)
bool(false)
bool(false)

Warning: fseek(): Stream does not support seeking in %s/tests/php/streams/stdin.php on line 6
int(42)
int(-1)
string(0) ""
