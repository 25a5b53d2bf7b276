<?php
// Fixture: sees the including scope's variables.
$seen = isset($local) ? "sees \$local=$local" : 'no $local';
$local = 'modified by scope.php';
