<?php
ob_start();
echo "captured";
$c = ob_get_clean();
echo strtoupper($c), "\n";
ob_start();
echo "a";
ob_start();
echo "b";
echo ob_get_level();
$inner = ob_get_clean();
$outer = ob_get_clean();
echo "[$outer][$inner]\n";
define("GREETING", "hi");
echo GREETING, " ", defined("GREETING") ? 1 : 0, " ", constant("GREETING"), "\n";
echo PHP_VERSION, " ", PHP_MAJOR_VERSION, " ", PHP_INT_SIZE, " ", E_ALL, " ", M_PI, "\n";
$vars = compact('c');
extract(['zz' => 5]);
echo $zz, " ", json_encode($vars), "\n";
echo gettype(1.0), gettype("s"), gettype(null), gettype([]), "\n";
function bye() { echo "shutdown\n"; }
register_shutdown_function("bye");
echo "end\n";
exit(3);
