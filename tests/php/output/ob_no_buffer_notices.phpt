--TEST--
ob_* functions without a buffer: PHP's notices and results
--FILE--
<?php
var_dump(ob_end_flush(), ob_end_clean(), ob_get_flush(), ob_clean(), ob_flush(), ob_get_clean(), ob_get_contents(), ob_get_length(), ob_get_level());
--EXPECTF--
Notice: ob_end_flush(): Failed to delete and flush buffer. No buffer to delete or flush in %s/tests/php/output/ob_no_buffer_notices.php on line 2

Notice: ob_end_clean(): Failed to delete buffer. No buffer to delete in %s/tests/php/output/ob_no_buffer_notices.php on line 2

Notice: ob_get_flush(): Failed to delete and flush buffer. No buffer to delete or flush in %s/tests/php/output/ob_no_buffer_notices.php on line 2

Notice: ob_clean(): Failed to delete buffer. No buffer to delete in %s/tests/php/output/ob_no_buffer_notices.php on line 2

Notice: ob_flush(): Failed to flush buffer. No buffer to flush in %s/tests/php/output/ob_no_buffer_notices.php on line 2
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
int(0)
