<?php
if ($a) { echo 1; } elseif ($a > 2) { echo 2; } else { echo 3; }
if ($b) echo 4;
if ($c) { echo 5; } else if ($d) { echo 6; }
