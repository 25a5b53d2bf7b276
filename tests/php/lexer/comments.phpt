--TEST--
comments of every kind
--FILE--
<?php
echo 1; // line comment
echo 2; # hash comment
/* block
   comment */ echo 3;
/** doc comment */
echo 4;
// a comment ends at ?> close tag ?> after
<?php
echo "\n";
# a hash comment that is not an attribute
echo 5, "\n";
--EXPECT--
1234 close tag ?> after

5
