--TEST--
sort flags convert like PHP: SORT_STRING/natcasesort call __toString and warn "Array to string conversion", SORT_NUMERIC warns for objects, SORT_REGULAR compares a __toString object with strings through its string
--FILE--
<?php
class S { function __construct(public $v) {} function __toString(): string { return $this->v; } }
class P {}
$a = [new S("b10"), new S("B2"), new S("a"), "c"];
natcasesort($a);
foreach ($a as $k => $v) echo "$k=$v ";
echo "\n";
$b = [[1], "x", [2], "a"];
sort($b, SORT_STRING);
var_dump(count($b));
$c = [new S("5"), 3, new P, 10];
sort($c, SORT_NUMERIC);
echo get_debug_type($c[0]), "\n";
$d = ["zz", new S("m"), "aa"];
sort($d);
foreach ($d as $v) echo $v, " ";
echo "\n";
var_dump(array_unique([new S("x"), "x", new S("y")], SORT_REGULAR) == [new S("x"), 2 => new S("y")]);
try {
    $e = [new P, "a"];
    sort($e, SORT_STRING);
} catch (Error $ex) {
    echo get_class($ex), ": ", $ex->getMessage(), "\n";
}
--EXPECTF--
2=a 1=B2 0=b10 3=c 

Warning: Array to string conversion in %s/tests/php/stdlib/sort_conversions.php on line 9

Warning: Array to string conversion in %s/tests/php/stdlib/sort_conversions.php on line 9

Warning: Array to string conversion in %s/tests/php/stdlib/sort_conversions.php on line 9

Warning: Array to string conversion in %s/tests/php/stdlib/sort_conversions.php on line 9

Warning: Array to string conversion in %s/tests/php/stdlib/sort_conversions.php on line 9
int(4)

Warning: Object of class S could not be converted to float in %s/tests/php/stdlib/sort_conversions.php on line 12

Warning: Object of class P could not be converted to float in %s/tests/php/stdlib/sort_conversions.php on line 12

Warning: Object of class S could not be converted to float in %s/tests/php/stdlib/sort_conversions.php on line 12

Warning: Object of class P could not be converted to float in %s/tests/php/stdlib/sort_conversions.php on line 12
S
aa m zz 
bool(true)
Error: Object of class P could not be converted to string
