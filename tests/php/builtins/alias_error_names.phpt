--TEST--
errors thrown by an alias name the alias (join, sizeof, chop, strchr, pos, ini_alter)
--FILE--
<?php
try { join(1, 2); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { sizeof(1); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { key_exists(1); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
try { chop([]); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { strchr([], "a"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { is_integer(); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
try { pos(1); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { fputs(1, "a"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { ini_alter([], 1); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { doubleval(); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
join(): Argument #2 ($array) must be of type ?array, int given
sizeof(): Argument #1 ($value) must be of type Countable|array, int given
key_exists() expects exactly 2 arguments, 1 given
chop(): Argument #1 ($string) must be of type string, array given
strchr(): Argument #1 ($haystack) must be of type string, array given
is_integer() expects exactly 1 argument, 0 given
pos(): Argument #1 ($array) must be of type array, int given
fputs(): Argument #1 ($stream) must be of type resource, int given
ini_alter(): Argument #1 ($option) must be of type string, array given
doubleval() expects exactly 1 argument, 0 given
