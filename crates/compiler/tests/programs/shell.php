<?php
$o = `ls $x`; $p = `pwd`;
