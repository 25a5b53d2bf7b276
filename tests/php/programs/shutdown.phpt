--TEST--
program: shutdown order (register_shutdown_function incl. nested and with args, destructors at scope end and script end, ob_start callbacks and nesting, error_get_last, exit code 3)
--FILE--
<?php
declare(strict_types=1);

final class Logger
{
    private static array $lines = [];
    public static function log(string $m): void
    {
        self::$lines[] = $m;
        echo "[log] $m\n";
    }
    public static function dump(): void
    {
        echo 'total log lines: ', count(self::$lines), "\n";
    }
}

final class Conn
{
    public function __construct(public string $name)
    {
        Logger::log("connect {$this->name}");
    }
    public function __destruct()
    {
        Logger::log("disconnect {$this->name}");
    }
}

register_shutdown_function(function () {
    Logger::log('shutdown 1');
    register_shutdown_function(fn() => Logger::log('shutdown nested'));
});
register_shutdown_function([Logger::class, 'dump']);
register_shutdown_function(function (string $who) {
    $err = error_get_last();
    Logger::log("shutdown 3 for $who, last error: " . ($err ? $err['message'] : 'none'));
}, 'app');

ob_start(fn(string $buf) => str_replace('secret', '******', $buf));
echo "the secret is out\n";
ob_start();
echo "inner buffer\n";
$inner = ob_get_clean();
echo 'captured: ', strtoupper($inner);
ob_end_flush();

ob_start(null, 0, PHP_OUTPUT_HANDLER_STDFLAGS);
echo "level ", ob_get_level(), "\n";
print_r(array_map(fn($s) => $s['name'], ob_get_status(true)));
ob_end_flush();

$global = new Conn('global');
function work(): void
{
    $local = new Conn('local');
    Logger::log('working');
}
work();
$a = new Conn('a');
$b = new Conn('b');
$a = null;
Logger::log('a released');

function withFinally(): int
{
    try {
        Logger::log('in try');
        return 1;
    } finally {
        Logger::log('in finally');
    }
}
withFinally();

$cycle1 = new stdClass;
$cycle2 = new stdClass;
$cycle1->o = $cycle2;
$cycle2->o = $cycle1;
unset($cycle1, $cycle2);
echo 'collected: ', gc_collect_cycles() >= 0 ? 'yes' : 'no', "\n";

set_error_handler(function ($no, $str) {
    Logger::log("handler: $str");
    return true;
});
echo $undefinedVar ?? 'coalesce ok', "\n";
$arr = [];
echo @$arr['missing'], "|\n";
echo $arr['missing2'] ?? 'dflt', "\n";
$x = $arr['k'];
restore_error_handler();
trigger_error('last one', E_USER_NOTICE);
Logger::log('exiting with 3');
exit(3);
echo "not reached\n";
--EXPECTF--
the ****** is out
captured: INNER BUFFER
level 1
Array
(
    [0] => default output handler
)
[log] connect global
[log] connect local
[log] working
[log] disconnect local
[log] connect a
[log] connect b
[log] disconnect a
[log] a released
[log] in try
[log] in finally
collected: yes
coalesce ok
[log] handler: Undefined array key "missing"
|
dflt
[log] handler: Undefined array key "k"

Notice: last one in %s/tests/php/programs/shutdown.php on line 93
[log] exiting with 3
[log] shutdown 1
total log lines: 14
[log] shutdown 3 for app, last error: last one
[log] shutdown nested
[log] disconnect b
[log] disconnect global
