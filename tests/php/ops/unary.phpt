--TEST--
unary plus, minus and not
--FILE--
<?php
var_dump(-"5", +"3.5", -null, +true, !0, !"0", !"", !"a", !1.0, -PHP_INT_MIN, - -1);
--EXPECT--
int(-5)
float(3.5)
int(0)
int(1)
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
float(9.223372036854776E+18)
int(1)
