--TEST--
the built-in Throwable hierarchy
--FILE--
<?php
$classes = ['Exception', 'ErrorException', 'Error', 'TypeError', 'ValueError', 'ArgumentCountError',
    'ArithmeticError', 'DivisionByZeroError', 'CompileError', 'ParseError', 'UnhandledMatchError',
    'JsonException', 'LogicException', 'BadFunctionCallException', 'BadMethodCallException',
    'DomainException', 'InvalidArgumentException', 'LengthException', 'OutOfRangeException',
    'RuntimeException', 'OutOfBoundsException', 'OverflowException', 'RangeException',
    'UnderflowException', 'UnexpectedValueException'];
foreach ($classes as $c) {
    $e = new $c("msg $c", 7);
    echo $c, " parent=", var_export(get_parent_class($e), true),
        " Throwable=", var_export($e instanceof Throwable, true),
        " Exception=", var_export($e instanceof Exception, true),
        " Error=", var_export($e instanceof Error, true),
        " code=", $e->getCode(), "\n";
}
var_dump(interface_exists('Throwable'), class_exists('Throwable'));
var_dump((new Exception) instanceof Stringable);
--EXPECT--
Exception parent=false Throwable=true Exception=true Error=false code=7
ErrorException parent='Exception' Throwable=true Exception=true Error=false code=7
Error parent=false Throwable=true Exception=false Error=true code=7
TypeError parent='Error' Throwable=true Exception=false Error=true code=7
ValueError parent='Error' Throwable=true Exception=false Error=true code=7
ArgumentCountError parent='TypeError' Throwable=true Exception=false Error=true code=7
ArithmeticError parent='Error' Throwable=true Exception=false Error=true code=7
DivisionByZeroError parent='ArithmeticError' Throwable=true Exception=false Error=true code=7
CompileError parent='Error' Throwable=true Exception=false Error=true code=7
ParseError parent='CompileError' Throwable=true Exception=false Error=true code=7
UnhandledMatchError parent='Error' Throwable=true Exception=false Error=true code=7
JsonException parent='Exception' Throwable=true Exception=true Error=false code=7
LogicException parent='Exception' Throwable=true Exception=true Error=false code=7
BadFunctionCallException parent='LogicException' Throwable=true Exception=true Error=false code=7
BadMethodCallException parent='BadFunctionCallException' Throwable=true Exception=true Error=false code=7
DomainException parent='LogicException' Throwable=true Exception=true Error=false code=7
InvalidArgumentException parent='LogicException' Throwable=true Exception=true Error=false code=7
LengthException parent='LogicException' Throwable=true Exception=true Error=false code=7
OutOfRangeException parent='LogicException' Throwable=true Exception=true Error=false code=7
RuntimeException parent='Exception' Throwable=true Exception=true Error=false code=7
OutOfBoundsException parent='RuntimeException' Throwable=true Exception=true Error=false code=7
OverflowException parent='RuntimeException' Throwable=true Exception=true Error=false code=7
RangeException parent='RuntimeException' Throwable=true Exception=true Error=false code=7
UnderflowException parent='RuntimeException' Throwable=true Exception=true Error=false code=7
UnexpectedValueException parent='RuntimeException' Throwable=true Exception=true Error=false code=7
bool(true)
bool(false)
bool(true)
