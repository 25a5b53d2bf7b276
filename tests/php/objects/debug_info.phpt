--TEST--
var_dump and print_r show what __debugInfo() returns; a non-array is fatal
--FILE--
<?php
class Point {
    public $x = 1;
    private $secret = 'hidden';
    function __debugInfo() {
        echo "[debugInfo called]\n";
        return ['x' => $this->x, "\0Point\0shown" => true, "\0*\0prot" => [1], 5 => null];
    }
}
class Nothing { public $a = 1; function __debugInfo() { return null; } }
class Bad { function __debugInfo() { return 42; } }
var_dump([new Point]);
print_r(new Point);
echo "\n";
var_dump(new Nothing);
var_export(new Point);
echo "\n";
var_dump(new Bad);
echo "not reached\n";
?>
--EXPECTF--
array(1) {
  [0]=>
  [debugInfo called]
object(Point)#1 (4) {
    ["x"]=>
    int(1)
    ["shown":"Point":private]=>
    bool(true)
    ["prot":protected]=>
    array(1) {
      [0]=>
      int(1)
    }
    [5]=>
    NULL
  }
}
[debugInfo called]
Point Object
(
    [x] => 1
    [shown:Point:private] => 1
    [prot:protected] => Array
        (
            [0] => 1
        )

    [5] => 
)

object(Nothing)#1 (0) {
}
\Point::__set_state(array(
   'x' => 1,
   'secret' => 'hidden',
))

Fatal error: __debuginfo() must return an array in %s/tests/php/objects/debug_info.php on line 18
