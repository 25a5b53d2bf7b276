--TEST--
setlocale with the C locales, localeconv, strcoll
--FILE--
<?php
var_dump(setlocale(LC_ALL, "C"), setlocale(LC_CTYPE, "C.UTF-8"), setlocale(LC_ALL, 0), setlocale(LC_ALL, "xx_YY", "C"), setlocale(LC_ALL, ["xx", "POSIX"]), setlocale(LC_NUMERIC, "0"), setlocale(LC_ALL, "nope"));
var_dump(localeconv()["decimal_point"], count(localeconv()), strcoll("a", "b"), strcoll("b", "a"), strcoll("a", "a"));
--EXPECT--
string(1) "C"
string(7) "C.UTF-8"
string(166) "LC_CTYPE=C.UTF-8;LC_NUMERIC=C;LC_TIME=C;LC_COLLATE=C;LC_MONETARY=C;LC_MESSAGES=C;LC_PAPER=C;LC_NAME=C;LC_ADDRESS=C;LC_TELEPHONE=C;LC_MEASUREMENT=C;LC_IDENTIFICATION=C"
string(1) "C"
string(1) "C"
string(1) "C"
bool(false)
string(1) "."
int(18)
int(-1)
int(1)
int(0)
