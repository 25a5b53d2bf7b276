<?php
function f($arr) { foreach ($arr as $v) { foreach ($v as $w) { return $w; } } return null; }
