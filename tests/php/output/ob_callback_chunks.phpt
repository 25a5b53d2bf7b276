--TEST--
ob_start($callback, $chunk_size): the handler runs each time the buffer fills; nested handlers
--FILE--
<?php
ob_start(fn($b) => strrev($b), 4);
echo "12"; echo "345"; echo "6789";
ob_end_clean();
echo "\n";
ob_start(fn($b, $p) => "<$p:$b>", 4);
echo "12"; echo "345"; echo "6789";
ob_end_flush();
echo "\n";
ob_start(fn($b) => "(" . $b . ")");
ob_start(fn($b) => strtoupper($b), 2);
echo "ab"; echo "c";
ob_end_flush();
ob_end_flush();
echo "\n";
ob_start(fn($b, $p) => "[$p]$b", 3);
print "abcd";
printf("%s", "efgh");
ob_end_flush();
echo "\n";
ob_start(fn($b) => md5($b), 1);
echo "x";
ob_end_clean();
echo "done\n";
--EXPECT--
543219876
<1:12345><0:6789><8:>
(ABC)
[1]abcd[0]efgh[8]
9dd4e461268c8034f5c8564e155c67a6done
