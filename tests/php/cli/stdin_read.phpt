--TEST--
reading --STDIN-- with fgets and stream_get_contents
--STDIN--
line one
line two
line three
--FILE--
<?php
$first = fgets(STDIN);
var_dump($first);
$rest = stream_get_contents(STDIN);
var_dump($rest);
var_dump(feof(STDIN));
--EXPECT--
string(9) "line one
"
string(20) "line two
line three
"
bool(true)
