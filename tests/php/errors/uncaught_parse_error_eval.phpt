--TEST--
an uncaught ParseError from eval() is reported as a parse error
--FILE--
<?php
echo "before\n";
try { eval('echo 1 +;'); } catch (ParseError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
register_shutdown_function(function () { var_dump(error_get_last()['type'] === E_PARSE); });
eval('$x = ;');
echo "not reached\n";
--EXPECTF--
before
ParseError: syntax error, unexpected token ";"

Parse error: syntax error, unexpected token ";" in %s/tests/php/errors/uncaught_parse_error_eval.php(5) : eval()'d code on line 1
bool(true)
