<?php
function outer() { function inner() {} $h = function() { yield 1; }; }
if ($x) { function cond() {} }
cond();
