--TEST--
program: exit (error handler to ErrorException, exception handler, shutdown functions, destructor order, finally, exit)
--FILE--
<?php
class D { public function __construct(public $n) {} public function __destruct() { echo "destruct {$this->n}\n"; } }
register_shutdown_function(fn() => print("shutdown\n"));
$a = new D('global');
function f() { $local = new D('local'); try { echo "in f\n"; exit(3); } finally { echo "finally (not run on exit)\n"; } }
ob_start();
echo "buffered before exit\n";
f();
--EXPECT--
buffered before exit
in f
destruct local
shutdown
destruct global
