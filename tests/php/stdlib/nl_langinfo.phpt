--TEST--
nl_langinfo() in the C locale: days, months, formats, numeric and monetary items, invalid items
--FILE--
<?php
setlocale(LC_ALL, "C");
foreach ([ABDAY_1, ABDAY_7, DAY_1, DAY_7, ABMON_1, ABMON_12, MON_5, MON_12, AM_STR, PM_STR, D_T_FMT, D_FMT, T_FMT, T_FMT_AMPM, ERA, ALT_DIGITS,
          RADIXCHAR, THOUSEP, GROUPING, CRNCYSTR, CURRENCY_SYMBOL, YESEXPR, NOEXPR, YESSTR, CODESET] as $item) {
    var_dump(nl_langinfo($item));
}
var_dump(bin2hex(nl_langinfo(INT_FRAC_DIGITS)), DECIMAL_POINT === RADIXCHAR);
var_dump(nl_langinfo(131122), nl_langinfo(-1), nl_langinfo(65539));
--EXPECTF--
string(3) "Sun"
string(3) "Sat"
string(6) "Sunday"
string(8) "Saturday"
string(3) "Jan"
string(3) "Dec"
string(3) "May"
string(8) "December"
string(2) "AM"
string(2) "PM"
string(20) "%r%%ra %b %r%%re %H:%M:%r%%rS %Y"
string(8) "%m/%r%%rd/%y"
string(8) "%H:%M:%r%%rS"
string(11) "%I:%M:%r%%rS %p"
string(0) ""
string(0) ""
string(1) "."
string(0) ""
string(0) ""
string(1) "-"
string(0) ""
string(5) "^[yY]"
string(5) "^[nN]"
string(0) ""
string(14) "ANSI_X3.4-1968"
string(2) "ff"
bool(true)

Warning: nl_langinfo(): Item '131122' is not valid in %s/tests/php/stdlib/nl_langinfo.php on line 8

Warning: nl_langinfo(): Item '-1' is not valid in %s/tests/php/stdlib/nl_langinfo.php on line 8

Warning: nl_langinfo(): Item '65539' is not valid in %s/tests/php/stdlib/nl_langinfo.php on line 8
bool(false)
bool(false)
bool(false)
