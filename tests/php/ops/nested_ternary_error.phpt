--TEST--
unparenthesized nested ternary is a compile error
--FILE--
<?php
echo true ? 1 : false ? 2 : 3;
--EXPECTF--
Fatal error: Unparenthesized `a ? b : c ? d : e` is not supported. Use either `(a ? b : c) ? d : e` or `a ? b : (c ? d : e)` in %s/tests/php/ops/nested_ternary_error.php on line 2
