--TEST--
private final methods warn at compile time (not constructors)
--FILE--
<?php
class A {
  final
  private function f() {}
  final private function __construct() {}
}
echo "ok\n";
--EXPECTF--
Warning: Private methods cannot be final as they are never overridden by other classes in %s/tests/php/errors/compile_warning_private_final.php on line 4
ok
