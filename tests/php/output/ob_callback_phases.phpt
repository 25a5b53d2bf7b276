--TEST--
ob_start($callback): the phase flags of flush, clean and final calls; what a handler returns
--FILE--
<?php
function h($buf, $phase) { return "[" . $phase . ":" . strtoupper($buf) . "]"; }
ob_start('h');
echo "abc";
ob_flush();
echo "def";
ob_clean();
echo "ghi";
ob_end_flush();
echo "\n";
ob_start(function ($b) { return false; });
echo "keep";
ob_flush();
echo "passes";
ob_end_flush();
echo "\n";
ob_start(fn($b) => 42);
echo "num";
ob_end_flush();
echo "\n";
ob_start(fn($b) => null);
echo "null";
ob_end_flush();
ob_start(fn($b) => true);
echo "true";
ob_end_flush();
echo "|\n";
ob_start(fn($b) => [1]);
echo "arr";
ob_end_flush();
echo "\n";
ob_start(function ($b) { echo "inside"; return "x$b"; });
echo "q";
ob_end_flush();
echo "\n";
ob_start(fn($b) => "X");
echo "A";
ob_flush();
ob_end_flush();
echo "\n";
$log = [];
ob_start(function ($b, $p) use (&$log) { $log[] = "$p:$b"; return "<$b>"; });
echo "a";
ob_clean();
echo "b";
$got = ob_get_clean();
var_dump($got, $log);
ob_start('h');
echo "at the end";
--EXPECT--
[5:ABC][8:GHI]
keeppasses
42
|
Array
xq
XX
string(1) "b"
array(2) {
  [0]=>
  string(3) "3:a"
  [1]=>
  string(4) "10:b"
}
[9:AT THE END]
