--TEST--
conversion to string
--FILE--
<?php
var_dump((string)true, (string)false, (string)null, (string)0, (string)-0.0, (string)1.0, (string)0.1, (string)1e25, (string)1e-7, (string)123456789012345678, (string)1.23456789012345678, (string)PHP_INT_MAX, (string)INF, (string)-INF, (string)NAN);
--EXPECT--
string(1) "1"
string(0) ""
string(0) ""
string(1) "0"
string(2) "-0"
string(1) "1"
string(3) "0.1"
string(7) "1.0E+25"
string(6) "1.0E-7"
string(18) "123456789012345678"
string(15) "1.2345678901235"
string(19) "9223372036854775807"
string(3) "INF"
string(4) "-INF"
string(3) "NAN"
