--TEST--
Class names in parameter and return types resolve against the namespace and use imports
--FILE--
<?php
namespace App\Core;

use App\Other\Thing as Alias;

class Request {}

function handle(Request $r, ?Alias $t = null): Request { return $r; }
function bad(Request $r) {}

echo get_class(handle(new Request)), "\n";
try {
    bad(new \stdClass);
} catch (\TypeError $e) {
    echo $e->getMessage(), "\n";
}
--EXPECTF--
App\Core\Request
App\Core\bad(): Argument #1 ($r) must be of type App\Core\Request, stdClass given, called in %s/tests/php/classes/namespace_param_types.php on line 13
