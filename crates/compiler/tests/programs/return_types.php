<?php
function a(): string { return "x"; }
function b(): ?array { return $x; }
function c(): int|string { return 1.5; }
function d(): mixed { return $q; }
function g(): iterable { yield 1; }
function h(): never { throw new E(); }
function i(int ...$n): float { return 1; }
