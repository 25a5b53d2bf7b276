--TEST--
isset()/empty() over a nullsafe chain give bools; a plain read of an undefined variable warns
--FILE--
<?php
class P { public $q; }
var_dump(isset($u?->a), empty($u?->a), isset($u?->a->b), empty($u?->a->b), $u?->a ?? "dflt");
$n = null;
var_dump(isset($n?->a), empty($n?->a));
$p = new P;
var_dump(isset($p?->q), empty($p?->q), isset($p?->q->r));
var_dump($undefined?->x);
var_dump($undefined?->x->y);
$p->q = new P;
$p->q->q = 5;
var_dump(isset($p?->q?->q), empty($p?->q?->q), $p?->q?->q);
--EXPECTF--
bool(false)
bool(true)
bool(false)
bool(true)
string(4) "dflt"
bool(false)
bool(true)
bool(false)
bool(true)
bool(false)

Warning: Undefined variable $undefined in %s/tests/php/classes/nullsafe_isset_empty.php on line 8
NULL

Warning: Undefined variable $undefined in %s/tests/php/classes/nullsafe_isset_empty.php on line 9
NULL
bool(true)
bool(false)
int(5)
