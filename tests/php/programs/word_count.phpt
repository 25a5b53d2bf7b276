--TEST--
word frequency count
--FILE--
<?php
$text = "the quick brown fox jumps over the lazy dog the fox";
$counts = [];
foreach (explode(" ", $text) as $w) { $counts[$w] = ($counts[$w] ?? 0) + 1; }
arsort($counts);
foreach (array_slice($counts, 0, 3, true) as $w => $c) printf("%-6s %d\n", $w, $c);
--EXPECT--
the    3
fox    2
quick  1
