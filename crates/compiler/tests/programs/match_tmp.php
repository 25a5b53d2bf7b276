<?php
$r = match($a + 1) { 1 => "a", $b => "b", default => "c" };
$s = match($x) { };
