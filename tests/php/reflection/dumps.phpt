--TEST--
Reflection __toString dumps: class, object, method, parameter, property, constant, attribute
--FILE--
<?php
interface Shape { function area(): float; }
trait Named { public function name(): string { return static::class; } }
#[Attribute]
class Tag { function __construct(public $v, public $w = null) {} }
/** A circle. */
final class Circle implements Shape {
    use Named { name as protected label; }
    const PI = 3.14;
    protected const UNIT = 'cm';
    public static int $count = 0;
    private ?array $cache = null;
    public function __construct(public readonly float $r = 1.0, int|float $id = self::PI * 2, $opts = ['a' => 1, 2]) {}
    public function area(): float { return self::PI * $this->r ** 2; }
    public static function unit(): string { return self::UNIT; }
}
echo new ReflectionClass('Circle');
$c = new Circle(2.0);
$c2 = clone $c;
echo new ReflectionMethod('Circle', 'area');
foreach ((new ReflectionMethod('Circle', '__construct'))->getParameters() as $p) echo $p, "\n";
echo new ReflectionProperty('Circle', 'cache');
echo new ReflectionClassConstant('Circle', 'UNIT');
#[Tag(Circle::PI * 2, w: [1, 'k' => 'v'])]
function tagged() {}
echo (new ReflectionFunction('tagged'))->getAttributes()[0];
var_dump((new ReflectionClass('Circle'))->getTraitAliases());
try { clone new ReflectionClass('Circle'); } catch (Error $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
/** A circle. */
Class [ <user> final class Circle implements Shape ] {
  @@ %s/tests/php/reflection/dumps.php 7-16

  - Constants [2] {
    Constant [ public float PI ] { 3.14 }
    Constant [ protected string UNIT ] { cm }
  }

  - Static properties [1] {
    Property [ public static int $count = 0 ]
  }

  - Static methods [1] {
    Method [ <user> static public method unit ] {
      @@ %s/tests/php/reflection/dumps.php 15 - 15

      - Parameters [0] {
      }
      - Return [ string ]
    }
  }

  - Properties [2] {
    Property [ private ?array $cache = NULL ]
    Property [ public readonly float $r ]
  }

  - Methods [4] {
    Method [ <user, ctor> public method __construct ] {
      @@ %s/tests/php/reflection/dumps.php 13 - 13

      - Parameters [3] {
        Parameter #0 [ <optional> float $r = 1.0 ]
        Parameter #1 [ <optional> int|float $id = self::PI * 2 ]
        Parameter #2 [ <optional> $opts = ['a' => 1, 0 => 2] ]
      }
    }

    Method [ <user, prototype Shape> public method area ] {
      @@ %s/tests/php/reflection/dumps.php 14 - 14

      - Parameters [0] {
      }
      - Return [ float ]
    }

    Method [ <user> protected method label ] {
      @@ %s/tests/php/reflection/dumps.php 3 - 3

      - Parameters [0] {
      }
      - Return [ string ]
    }

    Method [ <user> public method name ] {
      @@ %s/tests/php/reflection/dumps.php 3 - 3

      - Parameters [0] {
      }
      - Return [ string ]
    }
  }
}
Method [ <user, prototype Shape> public method area ] {
  @@ %s/tests/php/reflection/dumps.php 14 - 14

  - Parameters [0] {
  }
  - Return [ float ]
}
Parameter #0 [ <optional> float $r = 1.0 ]
Parameter #1 [ <optional> int|float $id = self::PI * 2 ]
Parameter #2 [ <optional> $opts = ['a' => 1, 0 => 2] ]
Property [ private ?array $cache = NULL ]
Constant [ protected string UNIT ] { cm }
Attribute [ Tag ] {
  - Arguments [2] {
    Argument #0 [ Circle::PI * 2 ]
    Argument #1 [ w = [0 => 1, 'k' => 'v'] ]
  }
}
array(1) {
  ["label"]=>
  string(11) "Named::name"
}
Trying to clone an uncloneable object of class ReflectionClass
