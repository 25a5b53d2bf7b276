<?php
$g = !$a; $h = ~$a; $i = -$a; $j = +$a; $k = !true; $l = ~5; $m = -"3";
