--TEST--
Named arguments bind by-reference parameters by name; unknown names and literals are refused
--FILE--
<?php
$v = [0, 0];
later(b: $v[1], a: $v[0]);
echo "$v[0] $v[1]\n";
function later(&$a = null, $b = null) { $a++; }
try { later(b: 1, a: 2); } catch (Error $e) { echo $e->getMessage(), "\n"; }
class NoCtor {}
try { new NoCtor(x: 1); } catch (Error $e) { echo $e->getMessage(), "\n"; }
new NoCtor(1, 2);
class M { static function byRef(&$x) {} }
try { M::byRef(x: 1); } catch (Error $e) { echo $e->getMessage(), "\n"; }
echo "done\n";
?>
--EXPECT--
1 0
later(): Argument #1 ($a) cannot be passed by reference
Unknown named parameter $x
M::byRef(): Argument #1 ($x) cannot be passed by reference
done
