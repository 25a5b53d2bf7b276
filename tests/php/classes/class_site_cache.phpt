--TEST--
a literal class name site before and after its class exists, through autoload and class_alias (the per-site class cache)
--FILE--
<?php
function make() { return new Late; }
function callWho() { return Late::who(); }
for ($i = 0; $i < 3; $i++) {
    try {
        echo get_class(make()), " ", callWho(), "\n";
    } catch (Error $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
    if ($i == 0) {
        class Late { static function who() { return "Late::who"; } }
    }
}
spl_autoload_register(function ($c) {
    echo "autoload $c\n";
    if ($c === 'Auto') { eval('class Auto { static function who() { return "Auto::who"; } }'); }
});
for ($i = 0; $i < 3; $i++) {
    echo get_class(new Auto), " ", Auto::who(), "\n";
}
class_alias('Late', 'Other');
for ($i = 0; $i < 2; $i++) {
    echo get_class(new Other), " ", Other::who(), "\n";
}
--EXPECT--
Error: Class "Late" not found
Late Late::who
Late Late::who
autoload Auto
Auto Auto::who
Auto Auto::who
Auto Auto::who
Late Late::who
Late Late::who
