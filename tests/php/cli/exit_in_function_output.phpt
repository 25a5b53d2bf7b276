--TEST--
exit flushes output and runs nothing after
--FILE--
<?php
function stop() { echo "stopping\n"; exit(0); }
echo "start\n";
stop();
echo "after\n";
--EXPECT--
start
stopping
