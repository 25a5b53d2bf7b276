<?php
isset($a, $b[1]); $r = empty($c); $s = isset($x->y); $t = isset($$v); $u = empty($a[1][2]); $w = empty(f());
