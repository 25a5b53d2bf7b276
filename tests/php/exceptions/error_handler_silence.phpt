--TEST--
@ and error_reporting() inside an error handler
--FILE--
<?php
set_error_handler(function ($no, $str) {
    echo "handler($no): $str, error_reporting()=", error_reporting(), "\n";
    return true;
});
$a = [];
echo @$a['missing'];
echo $a['missing2'];
echo @$undef;
error_reporting(E_ALL & ~E_WARNING);
echo $undef2;
echo "reporting: ", error_reporting(), "\n";
var_dump(error_reporting(E_ALL));
var_dump(error_reporting());
var_dump(ini_get('error_reporting'));
--EXPECT--
handler(2): Undefined array key "missing", error_reporting()=4437
handler(2): Undefined array key "missing2", error_reporting()=32767
handler(2): Undefined variable $undef, error_reporting()=4437
handler(2): Undefined variable $undef2, error_reporting()=32765
reporting: 32765
int(32765)
int(32767)
string(5) "32767"
