--TEST--
magic constants
--FILE--
<?php
echo __LINE__, "\n";
echo basename(__FILE__), "\n";
echo basename(__DIR__), "\n";
function fn_name() { return __FUNCTION__; }
echo fn_name(), "|", __FUNCTION__, "|\n";
echo __LINE__
  , "\n";
--EXPECT--
2
magic_constants.php
lexer
fn_name||
7
