--TEST--
isset/empty/unset on various expressions
--FILE--
<?php
$a = 0; $b = null; $c = "0"; $d = "a";
var_dump(isset($a), isset($b), isset($a, $d), isset($a, $b), empty($a), empty($c), empty($d), empty($nope), isset($nope));
unset($a, $nope);
var_dump(isset($a));
--EXPECT--
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
bool(false)
