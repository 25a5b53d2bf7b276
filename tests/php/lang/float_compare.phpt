--TEST--
float comparisons and epsilon
--FILE--
<?php
var_dump(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < PHP_FLOAT_EPSILON, 1.0 === 1.00, 0.0 == -0.0, 1e16 + 1 == 1e16, (int)(0.1 + 0.7) * 10, (int)((0.1 + 0.7) * 10), round((0.1 + 0.7) * 10));
--EXPECT--
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
int(0)
int(7)
float(8)
