--TEST--
abs, floor, ceil, sqrt, pow, intdiv, fmod and friends
--FILE--
<?php
var_dump(abs(-5), abs(-5.5), abs(PHP_INT_MIN), floor(5.5), ceil(5.1), sqrt(16), sqrt(2), pow(2, 8), pow(2, -1), pow(2.0, 3), pow("3", 2), pow(0, 0), pow(-8, 1/3), 2 ** 64);
var_dump(intdiv(7, 2), intdiv(-7, 2), fmod(7.5, 2), fmod(-7.5, 2), fmod(10, 3), max(0, -0.0), pi(), M_PI, M_E, M_SQRT2, exp(1), log(M_E), log10(1000), log(8, 2), sin(0), cos(M_PI), tan(0), atan2(1, 1), deg2rad(180), rad2deg(M_PI), hypot(3, 4));
var_dump(base_convert("ff", 16, 2), bindec("1010"), decbin(10), hexdec("ff"), dechex(255), octdec("17"), decoct(15), is_nan(acos(2)), round(-0.5), floor(-0.5), intdiv(PHP_INT_MAX, 2));
--EXPECT--
int(5)
float(5.5)
float(9.223372036854776E+18)
float(5)
float(6)
float(4)
float(1.4142135623730951)
int(256)
float(0.5)
float(8)
int(9)
int(1)
float(NAN)
float(1.8446744073709552E+19)
int(3)
int(-3)
float(1.5)
float(-1.5)
float(1)
int(0)
float(3.141592653589793)
float(3.141592653589793)
float(2.718281828459045)
float(1.4142135623730951)
float(2.718281828459045)
float(1)
float(3)
float(3)
float(0)
float(-1)
float(0)
float(0.7853981633974483)
float(3.141592653589793)
float(180)
float(5)
string(8) "11111111"
int(10)
string(4) "1010"
int(255)
string(2) "ff"
int(15)
string(2) "17"
bool(true)
float(-1)
float(-1)
int(4611686018427387903)
