--TEST--
Implementing an undefined interface: Error 'Interface "X" not found'
--FILE--
<?php
spl_autoload_register(function ($c) { echo "autoload $c\n"; });
try {
    eval('class A implements Missing {}');
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
--EXPECT--
autoload Missing
Error: Interface "Missing" not found
