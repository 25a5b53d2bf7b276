--TEST--
void only stands alone
--FILE--
<?php
function f(): void|int {}
--EXPECTF--
Fatal error: Void can only be used as a standalone type in %s/tests/php/func/type_void_in_union.php on line 2
