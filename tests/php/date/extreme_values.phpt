--TEST--
Date functions and classes given extreme values do not crash
--FILE--
<?php
$cases = [
  fn() => date('Y-m-d H:i:s', PHP_INT_MAX), fn() => date('Y-m-d', PHP_INT_MIN), fn() => gmdate('D, d M Y N jS z t L o W', PHP_INT_MAX),
  fn() => mktime(PHP_INT_MAX, PHP_INT_MAX, PHP_INT_MAX, PHP_INT_MAX, PHP_INT_MAX, PHP_INT_MAX),
  fn() => mktime(PHP_INT_MIN, 0, 0, PHP_INT_MIN, PHP_INT_MIN, PHP_INT_MIN), fn() => gmmktime(0,0,0,1,1,PHP_INT_MAX),
  fn() => strtotime('+9223372036854775807 days'), fn() => strtotime('@9223372036854775807'), fn() => strtotime('-9223372036854775807 years'),
  fn() => strtotime('9999999999-01-01'), fn() => idate('Y', PHP_INT_MAX), fn() => getdate(PHP_INT_MIN), fn() => localtime(PHP_INT_MAX),
  fn() => checkdate(PHP_INT_MAX, PHP_INT_MAX, PHP_INT_MAX), fn() => (new DateTime('@9223372036854775807'))->format('c'),
  fn() => (new DateTime('2020-01-01'))->modify('+9223372036854775807 seconds')->format('c'),
  fn() => (new DateTime('2020-01-01'))->setDate(PHP_INT_MAX, PHP_INT_MAX, PHP_INT_MAX)->format('c'),
  fn() => (new DateTime('2020-01-01'))->setTimestamp(PHP_INT_MIN)->format('U'),
  fn() => (new DateTime('2020-01-01'))->add(new DateInterval('P99999999999Y'))->format('Y'),
  fn() => (new DateTime('@' . PHP_INT_MIN))->diff(new DateTime('@' . PHP_INT_MAX))->days,
  fn() => (new DateInterval('PT9223372036854775807S'))->format('%a %s'),
];
// Only that each call returns or throws: the values out there are not PHP's.
foreach ($cases as $i => $c) {
    try { $c(); } catch (\Throwable $e) { }
    echo $i, ' ';
}
echo "end\n";
?>
--EXPECT--
0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 end
