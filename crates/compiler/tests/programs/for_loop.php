<?php
for ($i = 0, $j = 1; $i < 10; $i++, $j--) { echo $i; }
for (;;) { break; }
for ($i = 0; $i < 3; $i++) { for ($j = 0; $j < 3; $j++) { if ($j) continue 2; if ($i) break 2; } }
