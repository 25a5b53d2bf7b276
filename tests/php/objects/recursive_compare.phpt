--TEST--
Comparing objects that contain themselves is PHP's "Nesting level too deep" fatal error, not a hang
--FILE--
<?php
$a = new stdClass; $a->n = 1;
$b = new stdClass; $b->n = 1;
var_dump($a == $b, $a == $a);
$a->self = $a;
$b->self = $b;
var_dump($a == $a);
echo "compare\n";
var_dump($a == $b);
echo "not reached\n";
?>
--EXPECTF--
bool(true)
bool(true)
bool(true)
compare

Fatal error: Nesting level too deep - recursive dependency? in %s/tests/php/objects/recursive_compare.php on line 9
