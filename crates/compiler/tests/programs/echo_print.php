<?php
echo "a", $b, 1 + 2;
print "p";
$x = print $y;
?>inline <?= $z ?>
tail
