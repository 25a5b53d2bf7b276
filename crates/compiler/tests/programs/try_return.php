<?php
function t() { try { return 1; } finally { echo "f"; } }
function u($a) { try { return $a; } finally { $a = 2; } }
function v() { foreach ([1] as $x) { try { break; } finally { echo 1; } } }
