--TEST--
An exception thrown by an output handler reaches the caller and loses the buffer
--FILE--
<?php
ob_start(function ($b) { throw new Exception("boom"); });
echo "lost";
try {
    ob_end_flush();
} catch (Exception $e) {
    echo "caught ", $e->getMessage(), "\n";
}
var_dump(ob_get_level());
ob_start(function ($b) { throw new Exception("chunk"); }, 2);
try {
    echo "abc";
} catch (Exception $e) {
    echo "caught ", $e->getMessage(), "\n";
}
ob_end_clean();
echo "after\n";
--EXPECT--
lostcaught boom
int(0)
abccaught chunk
after
