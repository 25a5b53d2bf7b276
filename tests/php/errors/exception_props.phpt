--TEST--
exception message, code, previous, line
--FILE--
<?php
$prev = new InvalidArgumentException("first", 1);
$e = new RuntimeException("second", 2, $prev);
var_dump($e->getMessage(), $e->getCode(), $e->getPrevious()->getMessage(), $e->getLine(), basename($e->getFile()), $e instanceof Exception);
echo get_class($e->getPrevious()), "\n";
--EXPECT--
string(6) "second"
int(2)
string(5) "first"
int(3)
string(19) "exception_props.php"
bool(true)
InvalidArgumentException
