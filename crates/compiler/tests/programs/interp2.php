<?php
echo "{$a->b->c} and {$d[1][2]}", "$e->f", "${g}", "{$h}", "a\nb\t$i";
echo <<<EOT
  x $j
  y {$k}
  EOT;
