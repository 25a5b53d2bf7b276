<?php
function a() {}
function b($x, $y = 2, $z = [1]) { return $x + $y; }
function &c() { static $v = 0; return $v; }
function d(int $a, ?string $b = null, float $c = 1, array $d = []): int { return $a; }
function e(): void { return; }
function g(): ?int { if ($x) return null; return 1; }
echo a(), b(1);
