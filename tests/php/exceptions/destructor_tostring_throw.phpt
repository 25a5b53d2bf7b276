--TEST--
exceptions thrown from __destruct and __toString
--FILE--
<?php
class D {
    public function __destruct() { throw new Exception("from destructor"); }
}
class S {
    public function __toString(): string { throw new Exception("from toString"); }
}
try {
    $d = new D();
    unset($d);
} catch (Exception $e) {
    echo "caught: ", $e->getMessage(), "\n";
}
try {
    echo new S();
} catch (Exception $e) {
    echo "caught: ", $e->getMessage(), "\n";
}
try {
    $s = "x" . new S();
} catch (Exception $e) {
    echo "caught: ", $e->getMessage(), "\n";
}
function f() { $d = new D(); return 1; }
try { f(); } catch (Exception $e) { echo "caught after return: ", $e->getMessage(), "\n"; }
echo "end\n";
--EXPECT--
caught: from destructor
caught: from toString
caught: from toString
caught after return: from destructor
end
