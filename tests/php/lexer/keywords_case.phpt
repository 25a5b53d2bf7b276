--TEST--
keywords and function names are case-insensitive
--FILE--
<?php
ECHO "a\n";
IF (TRUE) { Print "b\n"; } ElSe { echo "c"; }
FUNCTION Foo() { RETURN "foo"; }
echo foo(), FOO(), "\n";
$x = NULL; var_dump($x, True, FALSE);
echo STRLEN("abc"), "\n";
--EXPECT--
a
b
foofoo
NULL
bool(true)
bool(false)
3
