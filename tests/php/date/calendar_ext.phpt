--TEST--
ext/calendar's Gregorian/Julian day numbers: cal_days_in_month, cal_to_jd, gregoriantojd/jdtogregorian, juliantojd/jdtojulian, jddayofweek, jdmonthname, unixtojd/jdtounix, easter_date/easter_days, their errors and constants
--FILE--
<?php
date_default_timezone_set('America/New_York');
echo easter_date(2024), ' ', date('Y-m-d H:i T', easter_date(2024)), ' ', easter_days(2024), ' ', easter_days(1500), ' ', easter_days(1500, CAL_EASTER_ALWAYS_GREGORIAN), ' ', easter_days(2025, CAL_EASTER_ALWAYS_JULIAN), "\n";
foreach ([[2, 2024], [2, 2023], [2, 1900], [2, 2000], [12, -1], [1, 1], [10, 1582]] as [$m, $y]) echo cal_days_in_month(CAL_GREGORIAN, $m, $y), ' ';
echo "\n";
echo cal_days_in_month(CAL_JULIAN, 2, 1900), "\n";
echo gregoriantojd(10, 11, 1970), ' ', gregoriantojd(1, 1, -4713), ' ', gregoriantojd(2, 30, 2024), ' ', gregoriantojd(1, 1, 0), ' ', gregoriantojd(13, 1, 2020), "\n";
echo jdtogregorian(2440871), ' ', jdtogregorian(0), ' ', jdtogregorian(2460000), ' ', juliantojd(1, 1, 2000), ' ', jdtojulian(2451558), "\n";
echo jddayofweek(2460000), ' ', jddayofweek(2460000, 1), ' ', jddayofweek(2460000, 2), ' ', jdmonthname(2460000, 0), ' ', jdmonthname(2460000, 1), ' ', jdmonthname(2460000, 2), ' ', jdmonthname(2460000, 3), "\n";
echo unixtojd(0), ' ', unixtojd(1700000000), ' ', jdtounix(2460000), ' ', cal_to_jd(CAL_GREGORIAN, 12, 25, 2024), "\n";
try { cal_days_in_month(9, 1, 2000); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { cal_days_in_month(CAL_GREGORIAN, 13, 2000); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { cal_days_in_month(CAL_GREGORIAN, 2, 0); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { easter_date(1969); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { jdtounix(1); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(CAL_GREGORIAN, CAL_JULIAN, CAL_DOW_DAYNO, CAL_DOW_SHORT, CAL_DOW_LONG, CAL_MONTH_GREGORIAN_SHORT, CAL_MONTH_GREGORIAN_LONG, CAL_EASTER_DEFAULT, CAL_EASTER_ROMAN, CAL_EASTER_ALWAYS_GREGORIAN, CAL_EASTER_ALWAYS_JULIAN, CAL_NUM_CALS);
--EXPECT--
1711843200 2024-03-30 20:00 EDT 10 29 4 17
29 28 28 29 31 31 31 
29
2440871 38 2460371 0 0
10/11/1970 0/0/0 2/24/2023 2451558 1/1/2000
5 Friday Fri Feb February Feb February
2440588 2460263 1677196800 2460670
cal_days_in_month(): Argument #1 ($calendar) must be a valid calendar ID
Invalid date
Invalid date
easter_date(): Argument #1 ($year) must be between 1970 and 2037 (inclusive)
jday must be between 2440588 and 106751993607888
int(0)
int(1)
int(0)
int(2)
int(1)
int(0)
int(1)
int(0)
int(1)
int(2)
int(3)
int(4)
