<?php
switch ($a) { case "1": echo 1; break; case "2": echo 2; break; }
switch ($a) { default: echo 0; }
while ($x) { switch ($a) { case 1: continue 2; case 2: break 2; } }
switch ($a) { case 1: case 2: case 3: case 4: case 5: echo "x"; }
