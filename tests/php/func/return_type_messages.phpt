--TEST--
return type errors name the method and resolve self, parent and static
--FILE--
<?php
class P {}
class K extends P {
    function none(): int { }
    function nullable(): ?int { }
    function st(): static { return 1; }
    function se(): self|int { return "x"; }
    function pa(): parent { return new stdClass; }
    function mixedNone(): mixed { }
}
class L extends K {}
foreach (['none', 'nullable', 'st', 'se', 'pa', 'mixedNone'] as $m) {
    try { (new L)->$m(); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
}
function g(): int { if (0) return 1; }
try { g(); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
K::none(): Return value must be of type int, none returned
K::nullable(): Return value must be of type ?int, none returned
K::st(): Return value must be of type L, int returned
K::se(): Return value must be of type K|int, string returned
K::pa(): Return value must be of type P, stdClass returned
K::mixedNone(): Return value must be of type mixed, none returned
g(): Return value must be of type int, none returned
