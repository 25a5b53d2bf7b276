--TEST--
strtotime(): "Y/m/d" dates (timelib's dateslash) and four digits after a date as a time without colon ("04/04/04 2345"); four digits before a date are not a time
--FILE--
<?php
date_default_timezone_set('UTC');
foreach (['2005/8/12', '2005/08/12 10:00', '04/04/04 2345', '2005-08-12 1230', '12/22/2005 2400', '1 2345', '2005 Aug 12', '2005/13/12'] as $s) {
    $t = strtotime($s, 1000000000);
    echo $s, ' => ', $t === false ? 'false' : gmdate('Y-m-d H:i:s', $t), "\n";
}
--EXPECT--
2005/8/12 => 2005-08-12 00:00:00
2005/08/12 10:00 => 2005-08-12 10:00:00
04/04/04 2345 => 2004-04-04 23:45:00
2005-08-12 1230 => 2005-08-12 12:30:00
12/22/2005 2400 => 2005-12-23 00:00:00
1 2345 => false
2005 Aug 12 => false
2005/13/12 => false
