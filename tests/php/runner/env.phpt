--TEST--
an ENV section sets environment variables
--ENV--
MINIPHP_TEST_VAR=hello env
--FILE--
<?php
var_dump(getenv('MINIPHP_TEST_VAR'), getenv('NOT_SET_ANYWHERE'));
--EXPECT--
string(9) "hello env"
bool(false)
