<?php
$a = <<<X
line1
  line2 $v
X;
$b = <<<'Y'
raw $v
Y;
