--TEST--
A call of an expression spread over lines is at the line of its "(", a "new" at the line of
its class name (trace lines)
--FILE--
<?php
function f() { return (new Exception)->getTrace()[0]['line']; }
class A { public $line; function __construct() { $this->line = (new Exception)->getTrace()[0]['line']; } }
$name = 'f';
var_dump($name
    (
    ));
var_dump((function () {
    return (new Exception)->getTrace()[0]['line'];
})
(
    'x'
));
var_dump((new
    A
    ())->line);
var_dump(f(
));
--EXPECT--
int(6)
int(11)
int(15)
int(17)
