<?php
// Fixture: defines a function and a constant, returns a value.
function included_fn($x) { return "included_fn($x)"; }
const INCLUDED_CONST = 'const from defs.php';
$set_by_include = 'set in defs.php';
return 'return value of defs.php';
