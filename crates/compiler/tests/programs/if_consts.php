<?php
if (true) { echo 1; } else { echo 2; }
if (0) echo 3;
while (false) { echo 4; }
do { echo 5; } while (0);
$a = true ? 1 : 2; $b = null ?? 3;
