--TEST--
nullsafe operator, instanceof with strings and expressions
--FILE--
<?php
class U { public ?U $next = null; public function name() { return "u"; } }
$u = new U; $u->next = new U;
var_dump($u?->next?->name(), $u->next?->next?->name(), $u->next->next?->next);
$null = null;
var_dump($null?->foo(bar()), $null?->x);
function bar() { echo "not called\n"; }
$cls = "U";
var_dump($u instanceof $cls, $u instanceof stdClass, "U" instanceof U, $u instanceof $u->next);
--EXPECT--
string(1) "u"
NULL
NULL
NULL
NULL
bool(true)
bool(false)
bool(false)
bool(true)
