--TEST--
class constants, visibility, self::, interface constants, ::class
--FILE--
<?php
interface HasVersion { const VERSION = "1.0"; }
class Config implements HasVersion {
    const DEFAULT = ["debug" => false];
    const NAME = "cfg";
    const FULL = self::NAME . "-" . self::VERSION;
    private const SECRET = 42;
    protected const LEVEL = 3;
    public static function secret() { return self::SECRET + static::LEVEL; }
}
class Sub extends Config { const NAME = "sub"; protected const LEVEL = 4; }
echo Config::FULL, " ", Sub::FULL, " ", Sub::NAME, " ", Config::VERSION, "\n";
echo Config::secret(), " ", Sub::secret(), "\n";
var_dump(Config::DEFAULT, Sub::class, HasVersion::VERSION);
try { echo Config::SECRET; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { echo Config::NOPE; } catch (Error $e) { echo $e->getMessage(), "\n"; }
$o = new Sub; echo $o::NAME, " ", $o::class, "\n";
--EXPECT--
cfg-1.0 cfg-1.0 sub 1.0
45 46
array(1) {
  ["debug"]=>
  bool(false)
}
string(3) "Sub"
string(3) "1.0"
Cannot access private constant Config::SECRET
Undefined constant Config::NOPE
sub Sub
