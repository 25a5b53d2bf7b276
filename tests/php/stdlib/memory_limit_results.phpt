--TEST--
Results past memory_limit die with "Allowed memory size" naming the block PHP would allocate (chunk_split, wordwrap, str_pad)
--INI--
memory_limit=16M
--FILE--
<?php
echo strlen(chunk_split(str_repeat("ab", 1000), 3)), "\n";
echo strlen(wordwrap(str_repeat("ab ", 1000), 5, "<br>\n")), "\n";
$s = str_repeat("x", 6000000);
echo strlen(chunk_split($s, 1)), "\n";
--EXPECTF--
3334
5000

Fatal error: Allowed memory size of 16777216 bytes exhausted (tried to allocate 18001920 bytes) in %s/tests/php/stdlib/memory_limit_results.php on line 5
