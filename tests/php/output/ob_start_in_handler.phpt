--TEST--
ob_start() inside an output handler is a fatal error that drops the buffers
--FILE--
<?php
echo "before\n";
ob_start(function ($b) { ob_start(); return $b; });
echo "x";
ob_end_flush();
echo "after";
--EXPECTF--
before

Fatal error: ob_start(): Cannot use output buffering in output buffering display handlers in %s/tests/php/output/ob_start_in_handler.php on line 3
