--TEST--
fizzbuzz with match
--FILE--
<?php
for ($i = 1; $i <= 15; $i++) {
    echo match(0) { $i % 15 => "FizzBuzz", $i % 3 => "Fizz", $i % 5 => "Buzz", default => $i }, "\n";
}
--EXPECT--
1
2
Fizz
4
Buzz
Fizz
7
8
Fizz
Buzz
11
Fizz
13
14
FizzBuzz
