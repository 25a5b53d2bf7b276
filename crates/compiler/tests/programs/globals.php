<?php
function g2() { global $gg, $hh; $gg = 1; }
function st() { static $a = 1, $b, $c = [1, 2]; $a++; }
