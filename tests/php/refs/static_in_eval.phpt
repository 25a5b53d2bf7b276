--TEST--
`static` in eval'd and included code binds the includer's variable
--FILE--
<?php
function f() {
    eval(' static $k = [4]; $k[] = 5; ');
    var_dump($k);
}
f(); f();
eval(' static $top = 1; $top++; ');
var_dump($top);
file_put_contents(__DIR__ . '/static_in_eval.inc', '<?php static $inc = 10; $inc++;');
function g() { include __DIR__ . '/static_in_eval.inc'; return $inc; }
var_dump(g(), g());
unlink(__DIR__ . '/static_in_eval.inc');
?>
--EXPECT--
array(2) {
  [0]=>
  int(4)
  [1]=>
  int(5)
}
array(2) {
  [0]=>
  int(4)
  [1]=>
  int(5)
}
int(2)
int(11)
int(11)
