--TEST--
exec, system, passthru, shell_exec and backticks, escapeshellarg/cmd, popen/pclose, proc_open & co
--FILE--
<?php
var_dump(exec("printf 'a  \\nb\\n\\nlast \\n'; exit 3", $out, $rc), $out, $rc);
$out = ['keep'];
exec("echo x", $out); var_dump($out);
var_dump(system("echo one; echo two", $rc), $rc);
var_dump(passthru("printf raw", $rc), $rc);
var_dump(shell_exec("echo hi"), shell_exec("true"), `echo back`);
var_dump(escapeshellarg("it's"), escapeshellcmd("a;b|c 'q' \"unpaired & \$x"));
$p = popen("echo hi; echo there", "r");
var_dump(fgets($p), fread($p, 100), pclose($p));
$p = popen("cat > /dev/null; exit 4", "w"); fwrite($p, "data"); var_dump(pclose($p));
$proc = proc_open("cat; echo err >&2; exit 2", [0 => ["pipe", "r"], 1 => ["pipe", "w"], 2 => ["pipe", "w"]], $pipes);
var_dump(get_resource_type($proc), count($pipes));
fwrite($pipes[0], "to child\n"); fclose($pipes[0]);
var_dump(stream_get_contents($pipes[1]), stream_get_contents($pipes[2]));
var_dump(proc_close($proc));
$proc = proc_open(["printf", "%s-%s", "a", "b"], [1 => ["pipe", "w"]], $pipes);
var_dump(stream_get_contents($pipes[1]), proc_close($proc));
$proc = proc_open("sleep 5", [], $pipes);
$st = proc_get_status($proc);
var_dump($st["command"], $st["running"], $st["exitcode"], proc_terminate($proc));
usleep(200000);
$st = proc_get_status($proc);
var_dump($st["running"], $st["signaled"], $st["termsig"], proc_close($proc));
try { exec(""); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { popen("true", "x"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
string(4) "last"
array(4) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(0) ""
  [3]=>
  string(4) "last"
}
int(3)
array(2) {
  [0]=>
  string(4) "keep"
  [1]=>
  string(1) "x"
}
one
two
string(3) "two"
int(0)
rawNULL
int(0)
string(3) "hi
"
NULL
string(5) "back
"
string(9) "'it'\''s'"
string(29) "a\;b\|c 'q' \"unpaired \& \$x"
string(3) "hi
"
string(6) "there
"
int(0)
int(4)
string(7) "process"
int(3)
string(9) "to child
"
string(4) "err
"
int(2)
string(3) "a-b"
int(0)
string(7) "sleep 5"
bool(true)
int(-1)
bool(true)
bool(false)
bool(true)
int(15)
int(-1)
exec(): Argument #1 ($command) cannot be empty
popen(): Argument #2 ($mode) must be one of "r", "rb", "w", or "wb"
