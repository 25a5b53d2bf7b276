<?php
$f = function() use ($a, $a) {};
