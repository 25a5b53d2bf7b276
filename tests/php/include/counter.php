<?php
// Fixture: counts how many times it is included.
$GLOBALS['include_count'] = ($GLOBALS['include_count'] ?? 0) + 1;
