<?php
function fact($n) { return $n <= 1 ? 1 : $n * fact($n - 1); }
function later() { return early2(); }
function early2() { return 1; }
echo fact(5), later();
