--TEST--
strict identity comparison
--FILE--
<?php
var_dump(1 === 1, "1" === "1", 1 === "1", null === null, [] === [], [1, 2] === [1, 2], [1, 2] === [2 => 1], 0.1 + 0.2 === 0.3, "abc" === "ABC", true === 1);
--EXPECT--
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
bool(false)
bool(false)
