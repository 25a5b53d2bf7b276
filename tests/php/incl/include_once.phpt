--TEST--
include_once and require_once include a file once
--FILE--
<?php
var_dump(include_once __DIR__ . '/../include/counter.php');
var_dump(include_once __DIR__ . '/../include/counter.php');
var_dump(require_once __DIR__ . '/../include/counter.php');
include __DIR__ . '/../include/counter.php';
echo $include_count, "\n";
--EXPECT--
int(1)
bool(true)
bool(true)
2
