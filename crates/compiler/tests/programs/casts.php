<?php
$i = (int)"5"; $j = (bool)$x; $k = (string)$x; $l = (array)$x; $m = (float)$x; $n = (object)$x;
