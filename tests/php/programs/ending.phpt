--TEST--
program: how a script ends: nested shutdown functions, globals released in them, exit() status from shutdown, buffers flushed, destructor order
--FILE--
<?php
// How a script ends: shutdown functions (nested registration), destructors of globals after them, open output buffers
// flushed, exit() inside a shutdown function setting the status, a fatal error thrown from a destructor at the very end
class Tracer {
    public static array $log = [];
    public function __construct(public string $name) { self::$log[] = "ctor {$this->name}"; }
    public function __destruct() { echo "destruct {$this->name}\n"; }
}
function section(string $t) { echo str_pad(" $t ", 30, '=', STR_PAD_BOTH), "\n"; }
section('start');
$a = new Tracer('global-a');
$b = new Tracer('global-b');
$cycle1 = new ArrayObject(); $cycle2 = new ArrayObject();
$cycle1['peer'] = $cycle2; $cycle2['peer'] = $cycle1;
unset($cycle1, $cycle2);
echo 'collected: ', gc_collect_cycles(), "\n";
function scoped() { $t = new Tracer('local'); echo "in scoped\n"; }
scoped();
register_shutdown_function(function () {
    section('shutdown 1');
    register_shutdown_function(function () { section('shutdown nested'); echo 'status so far: ', connection_status(), "\n"; });
});
register_shutdown_function(function (string $arg) { section("shutdown 2 ($arg)"); echo 'ob level: ', ob_get_level(), "\n"; }, 'with arg');
register_shutdown_function(function () { section('shutdown 3'); $GLOBALS['b'] = null; echo "b released\n"; exit(3); });
register_shutdown_function(function () { echo "never: exit in shutdown stops the rest\n"; });
ob_start(fn($s) => str_replace('buffered', 'BUFFERED', $s));
echo "this line is buffered\n";
section('end of script');
echo implode(', ', Tracer::$log), "\n";

--EXPECT--
=========== start ============
collected: 4
in scoped
destruct local
this line is BUFFERED
======= end of script ========
ctor global-a, ctor global-b, ctor local
========= shutdown 1 =========
=== shutdown 2 (with arg) ====
ob level: 1
========= shutdown 3 =========
destruct global-b
b released
destruct global-a
