--TEST--
date: strtotime
--FILE--
<?php
$b = 1705314600; // 2024-01-15 10:30:00 UTC (Monday)
foreach (['now','today','tomorrow','yesterday','midnight','noon','@1700000000','2024-01-15','2024-01-15 10:30','2024-01-15 10:30:45','2024-01-15T10:30:00Z','2024-01-15T10:30:00.5+02:00','01/15/2024','15-01-2024','15 January 2024','Jan 15 2024','January 15, 2024','+1 day','-2 weeks','+1 month 3 days','next monday','last friday','monday','first day of next month','last day of this month','2 days ago','+1 week 2 days 4 hours 2 seconds','garbage','','tomorrow noon','10:00','3pm','next month','last year','2024-01-31 +1 month', 'saturday this week', '1 hour ago', 'Europe/Paris', '2024-03-10 12:00 Europe/Paris', 'first day of january 2025', 'midnight +1 day', '+1 days', '+2 weekdays'] as $s) {
  $r = strtotime($s, $b);
  echo str_pad(var_export($s, true), 40), ' => ', $r === false ? 'false' : gmdate('Y-m-d H:i:s', $r), "\n";
}
--EXPECT--
'now'                                    => 2024-01-15 10:30:00
'today'                                  => 2024-01-15 00:00:00
'tomorrow'                               => 2024-01-16 00:00:00
'yesterday'                              => 2024-01-14 00:00:00
'midnight'                               => 2024-01-15 00:00:00
'noon'                                   => 2024-01-15 12:00:00
'@1700000000'                            => 2023-11-14 22:13:20
'2024-01-15'                             => 2024-01-15 00:00:00
'2024-01-15 10:30'                       => 2024-01-15 10:30:00
'2024-01-15 10:30:45'                    => 2024-01-15 10:30:45
'2024-01-15T10:30:00Z'                   => 2024-01-15 10:30:00
'2024-01-15T10:30:00.5+02:00'            => 2024-01-15 08:30:00
'01/15/2024'                             => 2024-01-15 00:00:00
'15-01-2024'                             => 2024-01-15 00:00:00
'15 January 2024'                        => 2024-01-15 00:00:00
'Jan 15 2024'                            => 2024-01-15 00:00:00
'January 15, 2024'                       => 2024-01-15 00:00:00
'+1 day'                                 => 2024-01-16 10:30:00
'-2 weeks'                               => 2024-01-01 10:30:00
'+1 month 3 days'                        => 2024-02-18 10:30:00
'next monday'                            => 2024-01-22 00:00:00
'last friday'                            => 2024-01-12 00:00:00
'monday'                                 => 2024-01-15 00:00:00
'first day of next month'                => 2024-02-01 10:30:00
'last day of this month'                 => 2024-01-31 10:30:00
'2 days ago'                             => 2024-01-13 10:30:00
'+1 week 2 days 4 hours 2 seconds'       => 2024-01-24 14:30:02
'garbage'                                => false
''                                       => false
'tomorrow noon'                          => 2024-01-16 12:00:00
'10:00'                                  => 2024-01-15 10:00:00
'3pm'                                    => 2024-01-15 15:00:00
'next month'                             => 2024-02-15 10:30:00
'last year'                              => 2023-01-15 10:30:00
'2024-01-31 +1 month'                    => 2024-03-02 00:00:00
'saturday this week'                     => 2024-01-20 00:00:00
'1 hour ago'                             => 2024-01-15 09:30:00
'Europe/Paris'                           => 2024-01-15 09:30:00
'2024-03-10 12:00 Europe/Paris'          => 2024-03-10 11:00:00
'first day of january 2025'              => 2025-01-01 00:00:00
'midnight +1 day'                        => 2024-01-16 00:00:00
'+1 days'                                => 2024-01-16 10:30:00
'+2 weekdays'                            => 2024-01-17 10:30:00
