<?php
$i = 0;
a:
$i++;
if ($i < 3) goto a;
echo $i;
