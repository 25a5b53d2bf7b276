--TEST--
Date strings that do not parse: position and reason of the first item not read
--FILE--
<?php
date_default_timezone_set('UTC');
  try { new DateTime($s); echo "ok $s\n"; } catch (Exception $e) { echo $e->getMessage(), "\n"; }
}
$d = new DateTime("2020-01-01"); var_dump($d->modify("next blah"));
--EXPECTF--
Parse error: Unmatched '}' in %s/tests/php/stdlib/date_parse_failures.php on line 4
