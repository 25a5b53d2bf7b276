<?php
$i = 0;
do { $i++; if ($i > 2) { continue; } } while ($i < 5);
