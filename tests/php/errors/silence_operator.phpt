--TEST--
the @ operator silences warnings
--FILE--
<?php
$a = [];
$v = @$a['missing'];
var_dump($v);
$r = @file_get_contents('/nonexistent/file');
var_dump($r);
echo @$undefined, "ok\n";
--EXPECT--
NULL
bool(false)
ok
