--TEST--
unserialize() reads ints and counts as parse_iv (out of range: a warning and the nearest limit), lengths and back references as parse_uiv (wrapping); an array count larger than half the bytes left fails at once; an object record too short for its count is "Bad unserialize data"; E: failures point at the length, the quote or the semicolon
--FILE--
<?php
$cases = [
    'i:99999999999999999999;', 'i:-99999999999999999999;', 'i:-9223372036854775808;', 'i:9223372036854775808;',
    'i:00000000000000000000000000000012;', 's:99999999999999999999:"a";', 'a:100:{i:0;i:1;}', 'a:3:{i:0;i:1;}',
    'a:3020000000000000000000000000000001:{i:0;a:0:{}}', 'O:8:"stdClass":', 'O:8:"stdClass":1',
    'O:8:"stdClass":799999999999999999999999999997:0i:0;a:0:{}i:2;i:0;i:0;R:2;', 'O:8:"stdClass":100:{s:1:"a";i:1;}',
    'C:3:"XYZ":18446744075857035259:{}', 'E:5:"a";', 'E:0:"";', 'E:1:"ab";', 'E:2:"ab"x', 'E:99999999999999999999:"a";',
    'r:99999999999999999999;', 'a:1:{i:0;R:18446744073709551618;}',
];
foreach ($cases as $s) {
    echo "-- $s\n";
    var_dump(unserialize($s));
}
?>
--EXPECTF--
-- i:99999999999999999999;

Warning: unserialize(): Numerical result out of range in %s/tests/php/stdlib/unserialize_numbers.php on line 12
int(9223372036854775807)
-- i:-99999999999999999999;

Warning: unserialize(): Numerical result out of range in %s/tests/php/stdlib/unserialize_numbers.php on line 12
int(-9223372036854775808)
-- i:-9223372036854775808;
int(-9223372036854775808)
-- i:9223372036854775808;

Warning: unserialize(): Numerical result out of range in %s/tests/php/stdlib/unserialize_numbers.php on line 12
int(9223372036854775807)
-- i:00000000000000000000000000000012;
int(12)
-- s:99999999999999999999:"a";

Notice: unserialize(): Error at offset 2 of 27 bytes in %s/tests/php/stdlib/unserialize_numbers.php on line 12
bool(false)
-- a:100:{i:0;i:1;}

Notice: unserialize(): Error at offset 7 of 16 bytes in %s/tests/php/stdlib/unserialize_numbers.php on line 12
bool(false)
-- a:3:{i:0;i:1;}

Notice: unserialize(): Unexpected end of serialized data in %s/tests/php/stdlib/unserialize_numbers.php on line 12

Notice: unserialize(): Error at offset 13 of 14 bytes in %s/tests/php/stdlib/unserialize_numbers.php on line 12
bool(false)
-- a:3020000000000000000000000000000001:{i:0;a:0:{}}

Warning: unserialize(): Numerical result out of range in %s/tests/php/stdlib/unserialize_numbers.php on line 12

Notice: unserialize(): Error at offset 38 of 49 bytes in %s/tests/php/stdlib/unserialize_numbers.php on line 12
bool(false)
-- O:8:"stdClass":

Warning: Bad unserialize data in %s/tests/php/stdlib/unserialize_numbers.php on line 12

Notice: unserialize(): Error at offset 13 of 15 bytes in %s/tests/php/stdlib/unserialize_numbers.php on line 12
bool(false)
-- O:8:"stdClass":1

Notice: unserialize(): Error at offset 16 of 16 bytes in %s/tests/php/stdlib/unserialize_numbers.php on line 12
bool(false)
-- O:8:"stdClass":799999999999999999999999999997:0i:0;a:0:{}i:2;i:0;i:0;R:2;

Warning: unserialize(): Numerical result out of range in %s/tests/php/stdlib/unserialize_numbers.php on line 12

Notice: unserialize(): Error at offset 45 of 73 bytes in %s/tests/php/stdlib/unserialize_numbers.php on line 12
bool(false)
-- O:8:"stdClass":100:{s:1:"a";i:1;}

Notice: unserialize(): Error at offset 18 of 33 bytes in %s/tests/php/stdlib/unserialize_numbers.php on line 12
bool(false)
-- C:3:"XYZ":18446744075857035259:{}

Warning: unserialize(): Numerical result out of range in %s/tests/php/stdlib/unserialize_numbers.php on line 12

Warning: Insufficient data for unserializing - 9223372036854775807 required, 1 present in %s/tests/php/stdlib/unserialize_numbers.php on line 12

Notice: unserialize(): Error at offset 32 of 33 bytes in %s/tests/php/stdlib/unserialize_numbers.php on line 12
bool(false)
-- E:5:"a";

Notice: unserialize(): Error at offset 2 of 8 bytes in %s/tests/php/stdlib/unserialize_numbers.php on line 12
bool(false)
-- E:0:"";

Notice: unserialize(): Error at offset 2 of 7 bytes in %s/tests/php/stdlib/unserialize_numbers.php on line 12
bool(false)
-- E:1:"ab";

Notice: unserialize(): Error at offset 6 of 9 bytes in %s/tests/php/stdlib/unserialize_numbers.php on line 12
bool(false)
-- E:2:"ab"x

Notice: unserialize(): Error at offset 8 of 9 bytes in %s/tests/php/stdlib/unserialize_numbers.php on line 12
bool(false)
-- E:99999999999999999999:"a";

Notice: unserialize(): Error at offset 2 of 27 bytes in %s/tests/php/stdlib/unserialize_numbers.php on line 12
bool(false)
-- r:99999999999999999999;

Notice: unserialize(): Error at offset 23 of 23 bytes in %s/tests/php/stdlib/unserialize_numbers.php on line 12
bool(false)
-- a:1:{i:0;R:18446744073709551618;}

Notice: unserialize(): Error at offset 32 of 33 bytes in %s/tests/php/stdlib/unserialize_numbers.php on line 12
bool(false)
