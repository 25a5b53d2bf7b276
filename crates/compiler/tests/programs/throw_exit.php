<?php
throw new Exception("x");
exit(1); exit; die("a");
$x = $y ?? throw new Exception();
