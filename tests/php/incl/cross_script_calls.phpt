--TEST--
Calls and returns between functions of different files, while more files are loaded
--FILE--
<?php
$dir = sys_get_temp_dir() . '/miniphp-xcall-' . getmypid();
@mkdir($dir);
file_put_contents("$dir/a.php", '<?php
function a_loads($dir, $n) {
    $sum = 0;
    for ($i = 0; $i < $n; $i++) {
        file_put_contents("$dir/f$i.php", "<?php function f$i(\$x) { return main_side(\$x) + $i; }");
        require "$dir/f$i.php";
        $sum += ("f$i")($i);
    }
    return $sum;
}
function a_ping($k) { return $k <= 0 ? 0 : 1 + main_pong($k - 1); }
function a_throws() { throw new RuntimeException("from a.php"); }
');
function main_side($x) { return $x * 2; }
function main_pong($k) { return $k <= 0 ? 0 : 1 + a_ping($k - 1); }
require "$dir/a.php";
echo a_loads($dir, 60), "\n";
echo a_ping(1001), "\n";
try {
    a_throws();
} catch (RuntimeException $e) {
    echo get_class($e), ": ", $e->getMessage(), " at line ", $e->getLine(), "\n";
}
$total = 0;
for ($i = 0; $i < 60; $i++) {
    $total += ("f$i")(1);
}
echo $total, "\n";
foreach (glob("$dir/*.php") as $f) {
    unlink($f);
}
rmdir($dir);
echo "done\n";
--EXPECT--
5310
1001
RuntimeException: from a.php at line 12
1890
done
