--TEST--
match expression
--FILE--
<?php
function m($v) {
    return match(true) {
        $v < 0 => "negative",
        $v === 0 => "zero",
        $v < 10, $v < 20 => "small",
        default => "big",
    };
}
foreach ([-5, 0, 5, 15, 50] as $v) echo m($v), "\n";
echo match(3) { 1, 2 => 'low', 3, 4 => 'mid', }, "\n";
echo match("1") { 1 => 'int', "1" => 'string' }, "\n";
$r = match(1) { 1 => (function() { return "called"; })() };
echo $r, "\n";
--EXPECT--
negative
zero
small
small
big
mid
string
called
