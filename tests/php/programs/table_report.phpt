--TEST--
formatted table with printf and number_format
--FILE--
<?php
$rows = [['Widget', 3, 4.5], ['Gadget', 10, 12.25], ['Thing', 1, 1999.99]];
printf("%-10s %5s %12s\n", "Item", "Qty", "Total");
$sum = 0;
foreach ($rows as [$name, $qty, $price]) { $t = $qty * $price; $sum += $t; printf("%-10s %5d %12s\n", $name, $qty, number_format($t, 2)); }
printf("%-10s %5s %12s\n", "TOTAL", "", number_format($sum, 2));
--EXPECT--
Item         Qty        Total
Widget         3        13.50
Gadget        10       122.50
Thing          1     1,999.99
TOTAL                2,135.99
