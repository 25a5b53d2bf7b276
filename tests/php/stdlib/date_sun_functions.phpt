--TEST--
date_sun_info, date_sunrise and date_sunset: polar days and nights, return formats, offsets
--FILE--
<?php
date_default_timezone_set("Europe/Oslo");
foreach ([[59.91, 10.75], [78.22, 15.65], [-33.87, 151.21], [0, 0]] as [$lat, $lon]) {
    foreach ([mktime(12, 0, 0, 6, 21, 2024), mktime(12, 0, 0, 12, 21, 2024), mktime(3, 0, 0, 3, 20, 2023)] as $ts) {
        var_dump(date_sun_info($ts, $lat, $lon));
        var_dump(date_sunrise($ts, SUNFUNCS_RET_STRING, $lat, $lon, 90.83, 1));
        var_dump(date_sunset($ts, SUNFUNCS_RET_DOUBLE, $lat, $lon));
        var_dump(date_sunset($ts, SUNFUNCS_RET_TIMESTAMP, $lat, $lon, 96));
    }
}
var_dump(date_sunrise(0));
try { date_sunrise(0, 7); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { date_sun_info(0, INF, 0); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(date_sunset(0, SUNFUNCS_RET_STRING, NAN, 0));
--EXPECTF--
array(9) {
  ["sunrise"]=>
  int(1718934619)
  ["sunset"]=>
  int(1719002851)
  ["transit"]=>
  int(1718968735)
  ["civil_twilight_begin"]=>
  int(1718928598)
  ["civil_twilight_end"]=>
  int(1719008872)
  ["nautical_twilight_begin"]=>
  bool(true)
  ["nautical_twilight_end"]=>
  bool(true)
  ["astronomical_twilight_begin"]=>
  bool(true)
  ["astronomical_twilight_end"]=>
  bool(true)
}

Deprecated: Function date_sunrise() is deprecated in %s/tests/php/stdlib/date_sun_functions.php on line 6
string(5) "02:50"

Deprecated: Function date_sunset() is deprecated in %s/tests/php/stdlib/date_sun_functions.php on line 7
float(21.792101573221316)

Deprecated: Function date_sunset() is deprecated in %s/tests/php/stdlib/date_sun_functions.php on line 8
int(1719009565)
array(9) {
  ["sunrise"]=>
  int(1734768900)
  ["sunset"]=>
  int(1734790535)
  ["transit"]=>
  int(1734779717)
  ["civil_twilight_begin"]=>
  int(1734765651)
  ["civil_twilight_end"]=>
  int(1734793784)
  ["nautical_twilight_begin"]=>
  int(1734762251)
  ["nautical_twilight_end"]=>
  int(1734797183)
  ["astronomical_twilight_begin"]=>
  int(1734759168)
  ["astronomical_twilight_end"]=>
  int(1734800267)
}

Deprecated: Function date_sunrise() is deprecated in %s/tests/php/stdlib/date_sun_functions.php on line 6
string(5) "09:15"

Deprecated: Function date_sunset() is deprecated in %s/tests/php/stdlib/date_sun_functions.php on line 7
float(15.259815576308526)

Deprecated: Function date_sunset() is deprecated in %s/tests/php/stdlib/date_sun_functions.php on line 8
int(1734793948)
array(9) {
  ["sunrise"]=>
  int(1679289412)
  ["sunset"]=>
  int(1679333533)
  ["transit"]=>
  int(1679311472)
  ["civil_twilight_begin"]=>
  int(1679287053)
  ["civil_twilight_end"]=>
  int(1679335892)
  ["nautical_twilight_begin"]=>
  int(1679284066)
  ["nautical_twilight_end"]=>
  int(1679338879)
  ["astronomical_twilight_begin"]=>
  int(1679280825)
  ["astronomical_twilight_end"]=>
  int(1679342120)
}

Deprecated: Function date_sunrise() is deprecated in %s/tests/php/stdlib/date_sun_functions.php on line 6
string(5) "06:16"

Deprecated: Function date_sunset() is deprecated in %s/tests/php/stdlib/date_sun_functions.php on line 7
float(18.53695108215444)

Deprecated: Function date_sunset() is deprecated in %s/tests/php/stdlib/date_sun_functions.php on line 8
int(1679336022)
array(9) {
  ["sunrise"]=>
  bool(true)
  ["sunset"]=>
  bool(true)
  ["transit"]=>
  int(1718967559)
  ["civil_twilight_begin"]=>
  bool(true)
  ["civil_twilight_end"]=>
  bool(true)
  ["nautical_twilight_begin"]=>
  bool(true)
  ["nautical_twilight_end"]=>
  bool(true)
  ["astronomical_twilight_begin"]=>
  bool(true)
  ["astronomical_twilight_end"]=>
  bool(true)
}

Deprecated: Function date_sunrise() is deprecated in %s/tests/php/stdlib/date_sun_functions.php on line 6
bool(false)

Deprecated: Function date_sunset() is deprecated in %s/tests/php/stdlib/date_sun_functions.php on line 7
bool(false)

Deprecated: Function date_sunset() is deprecated in %s/tests/php/stdlib/date_sun_functions.php on line 8
bool(false)
array(9) {
  ["sunrise"]=>
  bool(false)
  ["sunset"]=>
  bool(false)
  ["transit"]=>
  int(1734778541)
  ["civil_twilight_begin"]=>
  bool(false)
  ["civil_twilight_end"]=>
  bool(false)
  ["nautical_twilight_begin"]=>
  int(1734775087)
  ["nautical_twilight_end"]=>
  int(1734781994)
  ["astronomical_twilight_begin"]=>
  int(1734763036)
  ["astronomical_twilight_end"]=>
  int(1734794046)
}

Deprecated: Function date_sunrise() is deprecated in %s/tests/php/stdlib/date_sun_functions.php on line 6
bool(false)

Deprecated: Function date_sunset() is deprecated in %s/tests/php/stdlib/date_sun_functions.php on line 7
bool(false)

Deprecated: Function date_sunset() is deprecated in %s/tests/php/stdlib/date_sun_functions.php on line 8
bool(false)
array(9) {
  ["sunrise"]=>
  int(1679287593)
  ["sunset"]=>
  int(1679333000)
  ["transit"]=>
  int(1679310297)
  ["civil_twilight_begin"]=>
  int(1679281528)
  ["civil_twilight_end"]=>
  int(1679339065)
  ["nautical_twilight_begin"]=>
  bool(true)
  ["nautical_twilight_end"]=>
  bool(true)
  ["astronomical_twilight_begin"]=>
  bool(true)
  ["astronomical_twilight_end"]=>
  bool(true)
}

Deprecated: Function date_sunrise() is deprecated in %s/tests/php/stdlib/date_sun_functions.php on line 6
string(5) "05:46"

Deprecated: Function date_sunset() is deprecated in %s/tests/php/stdlib/date_sun_functions.php on line 7
float(18.388994785081657)

Deprecated: Function date_sunset() is deprecated in %s/tests/php/stdlib/date_sun_functions.php on line 8
int(1679339429)
array(9) {
  ["sunrise"]=>
  int(1718917120)
  ["sunset"]=>
  int(1718952919)
  ["transit"]=>
  int(1718935019)
  ["civil_twilight_begin"]=>
  int(1718915542)
  ["civil_twilight_end"]=>
  int(1718954497)
  ["nautical_twilight_begin"]=>
  int(1718913667)
  ["nautical_twilight_end"]=>
  int(1718956371)
  ["astronomical_twilight_begin"]=>
  int(1718911839)
  ["astronomical_twilight_end"]=>
  int(1718958200)
}

Deprecated: Function date_sunrise() is deprecated in %s/tests/php/stdlib/date_sun_functions.php on line 6
string(5) "21:58"

Deprecated: Function date_sunset() is deprecated in %s/tests/php/stdlib/date_sun_functions.php on line 7
float(7.922099125737008)

Deprecated: Function date_sunset() is deprecated in %s/tests/php/stdlib/date_sun_functions.php on line 8
int(1718954580)
array(9) {
  ["sunrise"]=>
  int(1734719970)
  ["sunset"]=>
  int(1734772020)
  ["transit"]=>
  int(1734745995)
  ["civil_twilight_begin"]=>
  int(1734718311)
  ["civil_twilight_end"]=>
  int(1734773680)
  ["nautical_twilight_begin"]=>
  int(1734716157)
  ["nautical_twilight_end"]=>
  int(1734775833)
  ["astronomical_twilight_begin"]=>
  int(1734713798)
  ["astronomical_twilight_end"]=>
  int(1734778192)
}

Deprecated: Function date_sunrise() is deprecated in %s/tests/php/stdlib/date_sun_functions.php on line 6
string(5) "19:39"

Deprecated: Function date_sunset() is deprecated in %s/tests/php/stdlib/date_sun_functions.php on line 7
float(10.116816197047532)

Deprecated: Function date_sunset() is deprecated in %s/tests/php/stdlib/date_sun_functions.php on line 8
int(1734773774)
array(9) {
  ["sunrise"]=>
  int(1679255800)
  ["sunset"]=>
  int(1679299738)
  ["transit"]=>
  int(1679277769)
  ["civil_twilight_begin"]=>
  int(1679254382)
  ["civil_twilight_end"]=>
  int(1679301156)
  ["nautical_twilight_begin"]=>
  int(1679252636)
  ["nautical_twilight_end"]=>
  int(1679302902)
  ["astronomical_twilight_begin"]=>
  int(1679250870)
  ["astronomical_twilight_end"]=>
  int(1679304668)
}

Deprecated: Function date_sunrise() is deprecated in %s/tests/php/stdlib/date_sun_functions.php on line 6
string(5) "20:56"

Deprecated: Function date_sunset() is deprecated in %s/tests/php/stdlib/date_sun_functions.php on line 7
float(9.149587398898714)

Deprecated: Function date_sunset() is deprecated in %s/tests/php/stdlib/date_sun_functions.php on line 8
int(1679301234)
array(9) {
  ["sunrise"]=>
  int(1718949429)
  ["sunset"]=>
  int(1718993202)
  ["transit"]=>
  int(1718971315)
  ["civil_twilight_begin"]=>
  int(1718948145)
  ["civil_twilight_end"]=>
  int(1718994485)
  ["nautical_twilight_begin"]=>
  int(1718946572)
  ["nautical_twilight_end"]=>
  int(1718996059)
  ["astronomical_twilight_begin"]=>
  int(1718944992)
  ["astronomical_twilight_end"]=>
  int(1718997639)
}

Deprecated: Function date_sunrise() is deprecated in %s/tests/php/stdlib/date_sun_functions.php on line 6
string(5) "06:57"

Deprecated: Function date_sunset() is deprecated in %s/tests/php/stdlib/date_sun_functions.php on line 7
float(19.111767065465322)

Deprecated: Function date_sunset() is deprecated in %s/tests/php/stdlib/date_sun_functions.php on line 8
int(1718994554)
array(9) {
  ["sunrise"]=>
  int(1734760409)
  ["sunset"]=>
  int(1734804187)
  ["transit"]=>
  int(1734782298)
  ["civil_twilight_begin"]=>
  int(1734759128)
  ["civil_twilight_end"]=>
  int(1734805468)
  ["nautical_twilight_begin"]=>
  int(1734757555)
  ["nautical_twilight_end"]=>
  int(1734807042)
  ["astronomical_twilight_begin"]=>
  int(1734755974)
  ["astronomical_twilight_end"]=>
  int(1734808622)
}

Deprecated: Function date_sunrise() is deprecated in %s/tests/php/stdlib/date_sun_functions.php on line 6
string(5) "06:53"

Deprecated: Function date_sunset() is deprecated in %s/tests/php/stdlib/date_sun_functions.php on line 7
float(19.052098473249192)

Deprecated: Function date_sunset() is deprecated in %s/tests/php/stdlib/date_sun_functions.php on line 8
int(1734805539)
array(9) {
  ["sunrise"]=>
  int(1679292188)
  ["sunset"]=>
  int(1679335916)
  ["transit"]=>
  int(1679314052)
  ["civil_twilight_begin"]=>
  int(1679291012)
  ["civil_twilight_end"]=>
  int(1679337092)
  ["nautical_twilight_begin"]=>
  int(1679289572)
  ["nautical_twilight_end"]=>
  int(1679338532)
  ["astronomical_twilight_begin"]=>
  int(1679288132)
  ["astronomical_twilight_end"]=>
  int(1679339972)
}

Deprecated: Function date_sunrise() is deprecated in %s/tests/php/stdlib/date_sun_functions.php on line 6
string(5) "07:03"

Deprecated: Function date_sunset() is deprecated in %s/tests/php/stdlib/date_sun_functions.php on line 7
float(19.199045024004793)

Deprecated: Function date_sunset() is deprecated in %s/tests/php/stdlib/date_sun_functions.php on line 8
int(1679337156)

Deprecated: Function date_sunrise() is deprecated in %s/tests/php/stdlib/date_sun_functions.php on line 11
string(5) "05:37"

Deprecated: Function date_sunrise() is deprecated in %s/tests/php/stdlib/date_sun_functions.php on line 12
date_sunrise(): Argument #2 ($returnFormat) must be one of SUNFUNCS_RET_TIMESTAMP, SUNFUNCS_RET_STRING, or SUNFUNCS_RET_DOUBLE
date_sun_info(): Argument #2 ($latitude) must be finite

Deprecated: Function date_sunset() is deprecated in %s/tests/php/stdlib/date_sun_functions.php on line 14
bool(false)
