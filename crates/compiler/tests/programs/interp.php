<?php
echo "a $b c", "x{$c[1]}y", "$d", "pre$e", "$f post", "$g$h", "{$i->j}k", "$a[0] $a[x]";
$x = <<<EOT
head $a
EOT;
