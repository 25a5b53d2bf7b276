--TEST--
WeakReference and WeakMap
--FILE--
<?php
$o = new stdClass; $w = WeakReference::create($o); var_dump($w, $w->get() === $o, $w === WeakReference::create($o));
unset($o); var_dump($w->get());
try { serialize($w); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { clone $w; } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $w->x = 1; } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$m = new WeakMap; $a = new stdClass; $b = new stdClass; $m[$a] = 1; $m[$b] = [2];
var_dump($m, count($m), isset($m[$a]), $m[$b]);
foreach ($m as $k => $v) { var_dump($k, $v); }
unset($a); var_dump(count($m)); 
try { $m[1] = 2; } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $m[] = 2; } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $m[new stdClass]; } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { serialize($m); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
unset($m[$b]); var_dump(count($m));

--EXPECT--
object(WeakReference)#2 (0) {
}
bool(true)
bool(true)
NULL
Exception: Serialization of 'WeakReference' is not allowed
Error: Trying to clone an uncloneable object of class WeakReference
Error: Cannot create dynamic property WeakReference::$x
object(WeakMap)#3 (2) {
  [0]=>
  array(2) {
    ["key"]=>
    object(stdClass)#4 (0) {
    }
    ["value"]=>
    int(1)
  }
  [1]=>
  array(2) {
    ["key"]=>
    object(stdClass)#5 (0) {
    }
    ["value"]=>
    array(1) {
      [0]=>
      int(2)
    }
  }
}
int(2)
bool(true)
array(1) {
  [0]=>
  int(2)
}
object(stdClass)#4 (0) {
}
int(1)
object(stdClass)#5 (0) {
}
array(1) {
  [0]=>
  int(2)
}
int(1)
TypeError: WeakMap key must be an object
Error: Cannot append to WeakMap
Error: Object stdClass#4 not contained in WeakMap
Exception: Serialization of 'WeakMap' is not allowed
int(0)
