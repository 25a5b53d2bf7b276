--TEST--
A compile error inside eval() is fatal (not a ParseError): shutdown functions still run; a syntax error stays catchable
--FILE--
<?php
register_shutdown_function(function () {
    echo "shutdown\n";
    var_dump(function_exists('g'));
});
try {
    eval('function f( { }');
} catch (ParseError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    eval('class D { private private $x; }');
} catch (CompileError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    eval('function g(): void { return 1; }');
} catch (Throwable $e) {
    echo "not reached\n";
}
echo "not reached either\n";
--EXPECTF--
ParseError: syntax error, unexpected token "{", expecting variable
CompileError: Multiple access type modifiers are not allowed

Fatal error: A void function must not return a value in %s/tests/php/errors/eval_compile_error_fatal.php(17) : eval()'d code on line 1
shutdown
bool(false)
