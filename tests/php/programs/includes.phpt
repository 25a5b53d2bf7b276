--TEST--
program: includes (return values, include_once/require_once, functions and constants from included files, templates with extract, include_path, stream_resolve_include_path, exceptions from included code)
--FILE--
<?php
$dir = sys_get_temp_dir() . '/mp_inc_' . getmypid();
mkdir($dir . '/lib', 0777, true);
file_put_contents("$dir/config.php", '<?php return ["name" => "app", "debug" => false, "list" => [1, 2]];');
file_put_contents("$dir/lib/helpers.php", '<?php
if (!function_exists("greet")) { function greet(string $n): string { return "Hello, $n"; } }
$counter = ($counter ?? 0) + 1;
const HELPERS_LOADED = true;
return basename(__FILE__) . ":" . __LINE__;');
file_put_contents("$dir/lib/relative.php", '<?php return "relative from " . basename(__DIR__);');
file_put_contents("$dir/tpl.php", "Hi <?= \$user ?>!\n<?php foreach (\$items as \$i): ?>- <?= \$i ?>\n<?php endforeach ?>Total: <?= count(\$items) ?>\n");
file_put_contents("$dir/bad.php", '<?php function broken( {');
file_put_contents("$dir/throws.php", '<?php throw new RuntimeException("from include");');
$config = require "$dir/config.php";
var_dump($config);
echo require "$dir/lib/helpers.php", "\n";
echo greet('World'), ' ', $counter, ' ', HELPERS_LOADED ? 'const ok' : '', "\n";
var_dump(include_once "$dir/lib/helpers.php");
var_dump(require_once "$dir/config.php");
echo $counter, "\n";
echo include "$dir/lib/relative.php", "\n";
function render(string $file, array $vars): string { extract($vars); ob_start(); include $file; return ob_get_clean(); }
echo render("$dir/tpl.php", ['user' => 'Ann', 'items' => ['x', 'y']]);
$r = @include "$dir/missing.php";
var_dump($r);
try { include "$dir/throws.php"; } catch (RuntimeException $e) { echo "caught: ", $e->getMessage(), ' ', basename($e->getFile()), "\n"; }
unlink("$dir/bad.php");
$files = array_map('basename', get_included_files());
echo implode(',', $files), "\n";
set_include_path($dir . '/lib' . PATH_SEPARATOR . get_include_path());
echo include 'relative.php', "\n";
echo stream_resolve_include_path('relative.php') === "$dir/lib/relative.php" ? "resolved\n" : "not resolved\n";
array_map('unlink', array_merge(glob("$dir/lib/*.php"), glob("$dir/*.php")));
rmdir("$dir/lib"); rmdir($dir);
echo is_dir($dir) ? "left\n" : "cleaned\n";
--EXPECT--
array(3) {
  ["name"]=>
  string(3) "app"
  ["debug"]=>
  bool(false)
  ["list"]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
}
helpers.php:5
Hello, World 1 const ok
bool(true)
bool(true)
1
relative from lib
Hi Ann!
- x- yTotal: 2bool(false)
caught: from include throws.php
includes.php,config.php,helpers.php,relative.php,tpl.php,throws.php
relative from lib
resolved
cleaned
