<?php
$a = 1 == $x; $b = $x != 2; $c = $x === null; $d = null !== $x; $e = $x == true; $f = $x != false; $g = $x < 1; $h = $x > 1; $i = $x <= 1; $j = $x >= 1; $k = $x <=> 1; $l = $x === false; $m = $x !== true; $n = 1 < 2; $o = "abc" == 0;
