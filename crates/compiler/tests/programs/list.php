<?php
[$p, [$q, $r]] = $arr; list("k" => $k) = $arr; [$a, $b] = [$b, $a]; [, $z] = f(); list($m, , $n) = $arr; [$a[0], $b->c] = $arr;
