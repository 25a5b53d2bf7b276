--TEST--
try/catch/finally: return in finally, rethrow, nested
--FILE--
<?php
function r() {
    try { return "try"; } finally { echo "finally runs\n"; }
}
echo r(), "\n";
function over() {
    try { throw new Exception("lost"); } finally { return "finally wins"; }
}
echo over(), "\n";
function nested() {
    try {
        try {
            throw new Exception("inner");
        } finally {
            echo "inner finally\n";
        }
    } catch (Exception $e) {
        echo "outer caught ", $e->getMessage(), "\n";
        throw new RuntimeException("rethrown", 0, $e);
    } finally {
        echo "outer finally\n";
    }
}
try { nested(); } catch (RuntimeException $e) { echo "top: ", $e->getMessage(), " <- ", $e->getPrevious()->getMessage(), "\n"; }
$f = fn($x) => $x ?? throw new InvalidArgumentException("null!");
try { $f(null); } catch (InvalidArgumentException $e) { echo $e->getMessage(), "\n"; }
for ($i = 0; $i < 3; $i++) {
    try {
        if ($i == 1) continue;
        echo "body $i\n";
    } finally {
        echo "finally $i\n";
    }
}
--EXPECT--
finally runs
try
finally wins
inner finally
outer caught inner
outer finally
top: rethrown <- inner
null!
body 0
finally 0
finally 1
body 2
finally 2
