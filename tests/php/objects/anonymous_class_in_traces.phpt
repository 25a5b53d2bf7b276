--TEST--
an anonymous class is named up to its NUL in stack traces and in the function name of a parameter TypeError
--FILE--
<?php
$o = new class {
    public function run(int $x) { throw new Exception("in run"); }
};
try {
    $o->run(1);
} catch (Exception $e) {
    echo $e->getTraceAsString(), "\n";
}
try {
    $o->run("nope");
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
new class("x") {
    public int $i;
    public function __construct(string $s) { $this->i = $s; }
};
--EXPECTF--
#0 %s/tests/php/objects/anonymous_class_in_traces.php(6): class@anonymous->run(1)
#1 {main}
class@anonymous(): Argument #1 ($x) must be of type int, string given, called in %s/tests/php/objects/anonymous_class_in_traces.php on line 11

Fatal error: Uncaught TypeError: Cannot assign string to property class@anonymous::$i of type int in %s/tests/php/objects/anonymous_class_in_traces.php:17
Stack trace:
#0 %s/tests/php/objects/anonymous_class_in_traces.php(15): class@anonymous->__construct('x')
#1 {main}
  thrown in %s/tests/php/objects/anonymous_class_in_traces.php on line 17
