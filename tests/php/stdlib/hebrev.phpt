--TEST--
hebrev: runs reversed, Hebrew runs mirrored, lines broken from the end at blanks
--FILE--
<?php
var_dump(hebrev(""));
var_dump(hebrev("The hebrev function converts logical text.\nIt avoids breaking words.\n"));
var_dump(hebrev("The hebrev function converts logical text.\nIt avoids breaking words.\n", 12));
var_dump(bin2hex(hebrev("ab \xe0\xe1 (\xe2) [x] cd\xe3/")));
var_dump(bin2hex(hebrev("\xe0\xe1\xe2 \xe3\xe4 \xe5\xe6 \xe7", 3)));
var_dump(hebrev("one two three", -1));
--EXPECT--
string(0) ""
string(69) ".The hebrev function converts logical text
.It avoids breaking words
"
string(69) "logical text
converts
function
.The hebrev
words
breaking
.It avoids
"
string(36) "5ce3785d2063645d2028e22920e1e0206162"
string(22) "e2e1e00ae4e30ae6e50ae7"
string(13) "eerht
owt
eno"
