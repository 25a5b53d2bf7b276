--TEST--
switch with fallthrough, default in the middle, loose comparison
--FILE--
<?php
function s($v) {
    switch ($v) {
        case 1:
        case 2: echo "one-or-two"; break;
        default: echo "default";
        case 3: echo "three(fall)"; break;
        case "a": echo "a"; break;
        case null: echo "null-ish"; break;
    }
    echo "\n";
}
s(1); s(2); s(3); s(99); s("a"); s(0); s(""); s("1");
switch (5) { }
switch (1): case 1: echo "alt\n"; endswitch;
--EXPECT--
one-or-two
one-or-two
three(fall)
defaultthree(fall)
a
null-ish
null-ish
one-or-two
alt
