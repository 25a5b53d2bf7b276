--TEST--
user exception subclasses with custom constructors
--FILE--
<?php
class MyEx extends Exception {
    private $extra;
    public function __construct($msg, $extra, $code = 0, ?Throwable $previous = null) {
        $this->extra = $extra;
        parent::__construct("My: $msg", $code, $previous);
    }
    public function getExtra() { return $this->extra; }
}
class Other extends InvalidArgumentException {}
class Plain extends Exception {
    protected $message = "default message";
    protected $code = 99;
}
function thrower() { throw new MyEx("boom", [1, 2], 5, new Other("inner")); }
try {
    thrower();
} catch (LogicException $e) {
    echo "wrong\n";
} catch (MyEx $e) {
    echo get_class($e), " ", $e->getMessage(), " ", $e->getCode(), " ", count($e->getExtra()), "\n";
    echo get_class($e->getPrevious()), " ", $e->getPrevious()->getMessage(), "\n";
    echo $e->getLine(), " ", basename($e->getFile()), "\n";
    echo $e->getTraceAsString(), "\n";
}
$p = new Plain();
var_dump($p->getMessage(), $p->getCode());
try { throw new Other(); } catch (InvalidArgumentException | TypeError $e) { echo "caught ", get_class($e), "\n"; }
try { throw new Other(); } catch (Exception) { echo "caught without variable\n"; }
echo get_class(new class("x") extends RuntimeException {}) === 'RuntimeException@anonymous' ? "" : "anon\n";
--EXPECTF--
MyEx My: boom 5 2
Other inner
15 user_subclass.php
#0 %s/tests/php/exceptions/user_subclass.php(17): thrower()
#1 {main}
string(15) "default message"
int(99)
caught Other
caught without variable
anon
