<?php
switch ($b) { case "x": echo 1; break; case "y": echo 2; break; }
switch ($n) { case 1: case 2: echo "a"; break; case 3: echo "b"; break; case 4: echo "c"; break; case 5: echo "d"; break; default: echo "e"; }
