--TEST--
for loops with comma lists and empty parts
--FILE--
<?php
for ($i = 0, $j = 10; $i < $j; $i += 3, $j -= 3) { echo "$i-$j "; }
echo "\n";
for ($i = 0; ; $i++) { if ($i > 3) break; echo $i; }
echo "\n";
for (;;) { echo "once"; break; }
echo "\n";
for ($i = 0, $s = ''; $i < 3; $s .= $i, $i++);
var_dump($s);
--EXPECT--
0-10 3-7 
0123
once
string(3) "012"
