--TEST--
strtr() with an array: longest key first, runs without key bytes, int keys, empty key warning
--FILE--
<?php
$t = str_repeat("Hello {name}, you have {count} new {things}. {{name}} {name}x {nam {", 3);
echo strtr($t, ['{name}' => 'Ann', '{count}' => 3, '{things}' => 'mails', '{' => '<', '{{' => '[[', 'x' => 'X']), "\n";
echo strtr("abcabc", ["ab" => "1", "abc" => "2", "c" => "3", 1 => "one"]), "\n";
echo strtr("a1b2", [1 => "one", 2 => "two", "" => "empty"]), "\n";
echo strtr("nothing here", []), "|", strtr("", ["a" => "b"]), "|", strtr("ééa", ["é" => "e"]), "\n";
echo strtr("hello", "el", "ip"), "\n";
--EXPECTF--
Hello Ann, you have 3 new mails. [[name}} AnnX <nam <Hello Ann, you have 3 new mails. [[name}} AnnX <nam <Hello Ann, you have 3 new mails. [[name}} AnnX <nam <
22

Warning: strtr(): Ignoring replacement of empty string in %s/tests/php/stdlib/strtr_array.php on line 5
aonebtwo
nothing here||eea
hippo
