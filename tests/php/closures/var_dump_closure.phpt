--TEST--
var_dump of closures
--FILE--
<?php
$a = 1;
$f = function ($x, &$y, $z = 3) use ($a) { };
var_dump($f);
var_dump(function () {});
var_dump(fn(int ...$rest) => 1);
class C { function m() { return function () {}; } static function s() { return static fn() => 1; } }
var_dump((new C)->m());
var_dump(C::s());
var_dump(strlen(...));
print_r($f); echo "\n";
var_export(fn() => 1); echo "\n";
--EXPECT--
object(Closure)#1 (2) {
  ["static"]=>
  array(1) {
    ["a"]=>
    int(1)
  }
  ["parameter"]=>
  array(3) {
    ["$x"]=>
    string(10) "<required>"
    ["&$y"]=>
    string(10) "<required>"
    ["$z"]=>
    string(10) "<optional>"
  }
}
object(Closure)#2 (0) {
}
object(Closure)#2 (1) {
  ["parameter"]=>
  array(1) {
    ["$rest"]=>
    string(10) "<optional>"
  }
}
object(Closure)#3 (1) {
  ["this"]=>
  object(C)#2 (0) {
  }
}
object(Closure)#3 (0) {
}
object(Closure)#3 (2) {
  ["function"]=>
  string(6) "strlen"
  ["parameter"]=>
  array(1) {
    ["$string"]=>
    string(10) "<required>"
  }
}
Closure Object
(
    [static] => Array
        (
            [a] => 1
        )

    [parameter] => Array
        (
            [$x] => <required>
            [&$y] => <required>
            [$z] => <optional>
        )

)

\Closure::__set_state(array(
))
