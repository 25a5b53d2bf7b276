--TEST--
program: warehouse import with warnings on the way (missing keys, bad conversions, dynamic properties, array to string, null to built-ins) through a logging error handler
--FILE--
<?php
// Warehouse simulation with warnings on the way: missing keys, bad conversions, deprecated dynamic properties,
// array-to-string, undefined offsets in string processing, all under error_reporting(E_ALL) with a logging handler
error_reporting(E_ALL);
$seen = [];
set_error_handler(function (int $no, string $msg, string $file, int $line) use (&$seen) {
    $kind = match ($no) { E_WARNING => 'W', E_NOTICE => 'N', E_DEPRECATED => 'D', E_USER_WARNING => 'UW', E_USER_NOTICE => 'UN', E_USER_DEPRECATED => 'UD', default => (string)$no };
    $seen[] = "$kind@$line: $msg";
    return true;
});
class Item { public string $sku; public int $qty = 0; public ?float $price = null; }
$raw = "sku,qty,price,loc\nA-1,10,2.50,X1\nB-2,,3,\nC-3,five,1.25,Z9\nD-4,7\nE-5,3,abc,Y2,extra\n";
$lines = array_filter(explode("\n", $raw));
$head = str_getcsv(array_shift($lines));
$items = [];
foreach ($lines as $n => $line) {
    $row = str_getcsv($line);
    $rec = @array_combine($head, $row) ?: null;
    if ($rec === null) { $rec = []; foreach ($head as $i => $h) $rec[$h] = $row[$i]; }
    $it = new Item();
    $it->sku = $rec['sku'];
    $it->qty = (int)$rec['qty'] + 0;
    $it->price = is_numeric($rec['price']) ? (float)$rec['price'] : null;
    $it->location = $rec['loc'];
    $items[$it->sku] = $it;
}
foreach ($items as $sku => $it) printf("%-4s qty=%3d price=%5s loc=%s value=%s\n", $sku, $it->qty, var_export($it->price, true), var_export($it->location, true), $it->qty * $it->price);
$totals = [];
foreach ($items as $it) { $totals[$it->location[0]] += $it->qty; }
ksort($totals); print_r($totals);
$report = ['items' => array_keys($items), 'count' => count($items)];
echo "Report: $report\n";
echo "Keys: " . implode(',', $report) . "\n";
$codes = 'ABC';
for ($i = 0; $i <= 3; $i++) echo $codes[$i] ?? '?', $codes[$i];
echo "\n";
$matrix = [[1, 2], [3]];
echo $matrix[1][1] + $matrix[2][0], "\n";
$cfg = null; echo $cfg['key'], $cfg->prop ?? 'np', "\n";
$num = '12.5kg' * 2; $num2 = (int)'  7 boxes'; echo "$num $num2\n";
echo intdiv(10, 3) + '3' + '1.5', ' ', 10 <=> null, ' ', str_repeat('-', (int)'3x'), "\n";
$list = [3 => 'c', 1 => 'a']; echo $list[2] ?? 'none', $list[2], end($list), key($list), "\n";
$obj = new stdClass; echo $obj->missing, "|", isset($obj->missing->deeper) ? 'y' : 'n', "\n";
$f = 1.9; $arr = ['x', 'y']; echo $arr[$f], ' ', $arr['1'], ' ', $arr[true], "\n";
echo strlen(implode(',', [[1], 2])), ' ', array_sum([1, [2], '3']), ' ', max('apple', 5), "\n";
$str = "x"; $str[3] = 'y'; echo json_encode($str), ' '; try { $str[] = 'z'; } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(); } echo "\n";
function legacy($a = null, $b) { return "$a-$b"; }
echo legacy(1, 2), ' ', mb_strlen('x', 'UTF-8'), "\n";
$u = strtoupper(null ?? ''); echo htmlspecialchars(null ?? ''), str_replace('a', 'b', null ?? ''), strlen(trim(null ?? '')), "\n";
echo trim(null), strlen(null), str_pad(null, 2, '*'), "|\n";
trigger_error('restock soon', E_USER_NOTICE); trigger_error('low stock', E_USER_WARNING); trigger_error('old api', E_USER_DEPRECATED);
restore_error_handler();
echo count($seen), " diagnostics:\n", implode("\n", $seen), "\n";
echo $undefinedAtEnd ?? 'coalesced', "\n";
echo $reallyUndefined, "|end\n";

--EXPECTF--
Deprecated: Optional parameter $a declared before required parameter $b is implicitly treated as a required parameter in %s/tests/php/programs/inventory2.php on line 47

Fatal error: Uncaught ValueError: array_combine(): Argument #1 ($keys) and argument #2 ($values) must have the same number of elements in %s/tests/php/programs/inventory2.php:18
Stack trace:
#0 %s/tests/php/programs/inventory2.php(18): array_combine(Array, Array)
#1 {main}
  thrown in %s/tests/php/programs/inventory2.php on line 18
