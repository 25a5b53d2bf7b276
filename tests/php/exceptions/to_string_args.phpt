--TEST--
exception traces with arguments (zend.exception_ignore_args=0)
--INI--
zend.exception_ignore_args=0
--FILE--
<?php
function a($x, $y) { return b([$x], "a long string argument here", null, true, 1.5, new stdClass); }
function b(...$args) { throw new RuntimeException("deep"); }
try {
    a(1, 2.5);
} catch (Exception $e) {
    echo $e->getTraceAsString(), "\n";
    var_dump($e->getTrace()[1]['args']);
}
--EXPECTF--
#0 %s/tests/php/exceptions/to_string_args.php(2): b(Array, 'a long string a...', NULL, true, 1.5, Object(stdClass))
#1 %s/tests/php/exceptions/to_string_args.php(5): a(1, 2.5)
#2 {main}
array(2) {
  [0]=>
  int(1)
  [1]=>
  float(2.5)
}
