--TEST--
included file shares the including scope
--FILE--
<?php
function f() { $local = 'in f'; include __DIR__ . '/../include/scope.php'; return [$seen, $local]; }
var_dump(f());
$local = 'global';
include __DIR__ . '/../include/scope.php';
var_dump($seen, $local);
--EXPECT--
array(2) {
  [0]=>
  string(16) "sees $local=in f"
  [1]=>
  string(21) "modified by scope.php"
}
string(18) "sees $local=global"
string(21) "modified by scope.php"
