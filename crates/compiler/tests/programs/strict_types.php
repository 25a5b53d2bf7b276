<?php
declare(strict_types=1);
function f(int $x) { return $x; }
echo f(1);
