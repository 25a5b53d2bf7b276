<?php
$a = $b instanceof $c; $d = !$e instanceof F; $g = (int)$h + (float)$i; $j = $k ?: $l ?: $m; $n = $o ?? $p ?? $q; $s = "a" | "b"; $t = 1 | 2; $u = $v <=> $w; $x = -(-1); $y = !!$z;
