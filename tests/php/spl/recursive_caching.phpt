--TEST--
RecursiveCachingIterator children and lookahead
--FILE--
<?php
$it = new RecursiveCachingIterator(new RecursiveArrayIterator([1, [2, 3], 4]));
foreach (new RecursiveIteratorIterator($it, RecursiveIteratorIterator::SELF_FIRST) as $k => $v) {
  echo $k, "=", is_array($v) ? "arr" : $v, " ";
}
echo "\n";
foreach ($it as $k => $v) { echo $k, $it->hasChildren() ? "+" : "-", $it->hasNext() ? "," : "."; }
echo "\n";

--EXPECTF--
0=1 
Warning: Array to string conversion in %s/tests/php/spl/recursive_caching.php on line 3
1=arr 0=2 1=3 2=4 
0-,
Warning: Array to string conversion in %s/tests/php/spl/recursive_caching.php on line 7
1+,2-.
