--TEST--
writing to STDOUT and STDERR
--FILE--
<?php
fwrite(STDOUT, "to stdout\n");
fwrite(STDERR, "to stderr\n");
fprintf(STDOUT, "%s-%d\n", "fmt", 5);
file_put_contents('php://stdout', "via wrapper\n");
echo "echo\n";
--EXPECT--
to stdout
to stderr
fmt-5
via wrapper
echo
