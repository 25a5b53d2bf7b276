--TEST--
gmdate() calls UTC 'GMT' in T ('UTC' in e); strftime() / gmstrftime(): deprecated, glibc's C-locale conversions with flags and widths (unpadded years, space-padded %e %k %l, %Z as the zone's abbreviation or GMT), unknown conversions copied, false for an empty result
--FILE--
<?php
date_default_timezone_set('Asia/Calcutta');
foreach ([1218182888, 0, -30000000000, -62101036800] as $t) {
    var_dump(gmstrftime('[%a %A %b %B %h][%C %y %Y %G %g][%d %e %j][%H %I %k %l %M %S %p %P][%u %w %U %W %V][%z %Z %s]', $t));
    var_dump(strftime('%c|%x|%X|%D|%F|%r|%R|%T|%Z|%z', $t));
}
var_dump(@gmstrftime('[%-d][%_m][%5Y][%^a][%#Z][%10B][%-10B][%03e][%Ey][%Od][%q][%+][%E][%O5][%%][%n%t]', 1218182888));
var_dump(@strftime(''), @gmstrftime('%'));
var_dump(gmdate('e T O P I Z', 0), gmdate(DATE_COOKIE, 0), date('e T', 0));
--EXPECTF--
Deprecated: Function gmstrftime() is deprecated in %s/tests/php/date/strftime_glibc.php on line 4
string(119) "[Fri Friday Aug August Aug][20 08 2008 2008 08][08  8 221][08 08  8  8 08 08 AM am][5 5 31 31 32][+0000 GMT 1218182888]"

Deprecated: Function strftime() is deprecated in %s/tests/php/date/strftime_glibc.php on line 5
string(99) "Fri Aug  8 13:38:08 2008|08/08/08|13:38:08|08/08/08|2008-08-08|01:38:08 PM|13:38|13:38:08|IST|+0530"

Deprecated: Function gmstrftime() is deprecated in %s/tests/php/date/strftime_glibc.php on line 4
string(113) "[Thu Thursday Jan January Jan][19 70 1970 1970 70][01  1 001][00 12  0 12 00 00 AM am][4 4 00 00 01][+0000 GMT 0]"

Deprecated: Function strftime() is deprecated in %s/tests/php/date/strftime_glibc.php on line 5
string(99) "Thu Jan  1 05:30:00 1970|01/01/70|05:30:00|01/01/70|1970-01-01|05:30:00 AM|05:30|05:30:00|IST|+0530"

Deprecated: Function gmstrftime() is deprecated in %s/tests/php/date/strftime_glibc.php on line 4
string(119) "[Tue Tuesday May May May][10 19 1019 1019 19][04  4 124][18 06 18  6 40 00 PM pm][2 2 18 18 18][+0000 GMT -30000000000]"

Deprecated: Function strftime() is deprecated in %s/tests/php/date/strftime_glibc.php on line 5
string(99) "Wed May  5 00:33:28 1019|05/05/19|00:33:28|05/05/19|1019-05-05|12:33:28 AM|00:33|00:33:28|LMT|+0553"

Deprecated: Function gmstrftime() is deprecated in %s/tests/php/date/strftime_glibc.php on line 4
string(117) "[Tue Tuesday Feb February Feb][0 02 2 2 02][05  5 036][00 12  0 12 00 00 AM am][2 2 05 05 06][+0000 GMT -62101036800]"

Deprecated: Function strftime() is deprecated in %s/tests/php/date/strftime_glibc.php on line 5
string(93) "Tue Feb  5 05:53:28 2|02/05/02|05:53:28|02/05/02|2-02-05|05:53:28 AM|05:53|05:53:28|LMT|+0553"
string(85) "[8][ 8][02008][FRI][gmt][    August][    August][008][08][08][%q][%+][%E][%O5][%][
	]"
bool(false)
string(1) "%"
string(24) "UTC GMT +0000 +00:00 0 0"
string(34) "Thursday, 01-Jan-1970 00:00:00 GMT"
string(17) "Asia/Calcutta IST"
