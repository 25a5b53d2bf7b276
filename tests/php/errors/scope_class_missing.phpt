--TEST--
self/parent/static with no class scope: "Cannot access" where a class is fetched, "Cannot use ... in the global scope" for self::class
--FILE--
<?php
try { self::foo(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { echo self::class; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { new parent; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { var_dump(static::X); } catch (Error $e) { echo $e->getMessage(), "\n"; }
$f = function() { try { echo self::class; } catch (Error $e) { echo $e->getMessage(), "\n"; } 
  try { return new static; } catch (Error $e) { echo $e->getMessage(), "\n"; } };
$f();
--EXPECT--
Cannot access "self" when no class scope is active
Cannot use "self" in the global scope
Cannot access "parent" when no class scope is active
Cannot access "static" when no class scope is active
Cannot use "self" in the global scope
Cannot access "static" when no class scope is active
