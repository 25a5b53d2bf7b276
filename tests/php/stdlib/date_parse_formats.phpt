--TEST--
strtotime/modify formats: ms/usec units, N weekday, @ts.frac, Y-m, Ymd, day of year, month names alone, 2-digit years, back/front of, zones ignored by modify
--FILE--
<?php
date_default_timezone_set('UTC');
$base = 1262304000 + 3600*5 + 61; // 2010-01-01 05:01:01 Fri
  $d = date_create("@$base"); $r = @$d->modify($s);
  printf("%-45s %s\n", $s, $r ? $r->format("Y-m-d H:i:s.u T") : "FAIL");
}
date_default_timezone_set('UTC');
$base = 1262304000 + 3600*5 + 61;
foreach (["first day of next month", "first monday of next month", "10:00 monday", "monday 10:00", "next monday", "+1 day", "last day of", "today 10:00", "10:00 today", "2010-03-04", "noon", "midnight", "3 tuesday", "tuesday", "this week", "monday next week"] as $s) {
  $d = date_create("@$base"); $r = @$d->modify($s);
  printf("%-45s %s | %s\n", $s, $r ? $r->format("Y-m-d H:i:s.u T") : "FAIL", date("Y-m-d H:i:s", strtotime($s, $base)));
}
date_default_timezone_set('UTC');
$base = 1263531661; // 2010-01-15 05:01:01
foreach (["october", "october 23:00", "february first day of last month midnight", "feb", "2017-03", "1985-102", "Jan 15 23", "May-09-78", "t10", "2012-02-02T10", "10:00 2007", "1pm Aug 1 GMT 2007", "+1 hour 3 tuesday", "-1 tuesday", "@1.5 +1 day", "2010-01-15 10:00 +1 week", "2005-07-14 22:30:41 GMT+2", "@100"] as $s) {
  $d = date_create("@$base"); $d->setTimezone(new DateTimeZone("Europe/Paris")); $r = @$d->modify($s);
  printf("%-45s %s | %s\n", $s, $r ? $r->format("Y-m-d H:i:s.u T") : "FAIL", ($t = strtotime($s, $base)) === false ? "FALSE" : date("Y-m-d H:i:s", $t));
}
--EXPECTF--
Parse error: Unmatched '}' in %s/tests/php/stdlib/date_parse_formats.php on line 6
