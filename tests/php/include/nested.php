<?php
// Fixture: includes a sibling relative to its own directory.
require __DIR__ . '/counter.php';
echo "nested.php sees dir ", basename(__DIR__), "\n";
