--TEST--
return types and coercion
--FILE--
<?php
function a(): int { return "12"; }
function b(): string { return 12; }
function c(): ?array { return null; }
function d(): void { return; }
function e(): float { return 1; }
function f(): int|false { return false; }
var_dump(a(), b(), c(), d(), e(), f());
function g(): int { return "x"; }
try { g(); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
int(12)
string(2) "12"
NULL
NULL
float(1)
bool(false)
g(): Return value must be of type int, string returned
