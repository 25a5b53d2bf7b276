<?php
$r = match($a) { 1, 2 => "a", 3 => "b", default => "c" };
$s = match(true) { $a > 1 => 1 };
$t = match($a) { "x" => 1, "y" => 2 };
$u = match(f()) { 1 => 2, default => 3 };
