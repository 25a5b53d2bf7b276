--TEST--
try, catch, finally ordering
--FILE--
<?php
function f() {
    try { echo "try "; throw new Exception("e"); }
    catch (Exception $e) { echo "catch "; return "from catch"; }
    finally { echo "finally "; }
}
echo f(), "\n";
function g() { try { return "try"; } finally { echo "[finally runs] "; } }
echo g(), "\n";
try { try { throw new LogicException("inner"); } finally { echo "inner finally\n"; } }
catch (Exception $e) { echo get_class($e), " ", $e->getMessage(), "\n"; }
try { throw new Error("err"); } catch (Exception | Error $e) { echo "multi-catch ", $e->getMessage(), "\n"; }
try { intdiv(1, 0); } catch (DivisionByZeroError) { echo "catch without variable\n"; }
--EXPECT--
try catch finally from catch
[finally runs] try
inner finally
LogicException inner
multi-catch err
catch without variable
