--TEST--
include, require, throw and fn take and/or/xor into their operand; print and yield do not
--FILE--
<?php
// The operands below are `true`, so PHP includes a file named "1".
$dir = sys_get_temp_dir() . '/miniphp_low_prec_' . getmypid();
mkdir($dir);
chdir($dir);
file_put_contents('1', '<?php return "one";');
var_dump(include "missing.php" or die("not reached\n"));
var_dump(include "" xor 1);
var_dump(require "missing.php" and 1);
var_dump(require_once "missing.php" or 0);
unlink('1');
chdir('/');
rmdir($dir);
$f = fn($x) => $x and 0;
var_dump($f(1));
$g = fn($x) => $x or 1;
var_dump($g(0));
try {
    $x = null ?? throw new Exception("thrown") or 1;
} catch (Throwable $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    throw new Exception("a") or 1;
} catch (Throwable $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
$p = print "p\n" and 0;
var_dump($p);
$a = 1 and $b = 0;
var_dump($a, $b);
var_dump([1 and 0 => 'k', 0 or 1 => 'j']);
var_dump(match (true) { 1 and 1 => 'both', default => 'no' });
--EXPECT--
string(3) "one"
string(3) "one"
string(3) "one"
bool(true)
bool(false)
bool(true)
Error: Can only throw objects
Error: Can only throw objects
p
int(1)
int(1)
int(0)
array(2) {
  [0]=>
  string(1) "k"
  [1]=>
  string(1) "j"
}
string(4) "both"
