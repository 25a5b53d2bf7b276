<?php
$e = $a && $b; $f = $a || $b; $g = ($a and $b); $h = ($a xor $b); $i = true && $b; $j = false || $b; $k = $a && true;
