--TEST--
ip2long, long2ip, inet_pton, inet_ntop
--FILE--
<?php
var_dump(ip2long("192.168.1.1"), ip2long("1.2.3"), ip2long(" 1.2.3.4"), ip2long("255.255.255.255"), long2ip(3232235777), long2ip(-1), bin2hex(inet_pton("::1")), inet_pton("bad"), inet_ntop(inet_pton("10.0.0.1")), inet_ntop("abc"), inet_ntop(inet_pton("2001:db8::ff00:42:8329")), ip2long("01.2.3.4"), inet_ntop(inet_pton("::ffff:1.2.3.4")));
--EXPECT--
int(3232235777)
bool(false)
bool(false)
int(4294967295)
string(11) "192.168.1.1"
string(15) "255.255.255.255"
string(32) "00000000000000000000000000000001"
bool(false)
string(8) "10.0.0.1"
bool(false)
string(22) "2001:db8::ff00:42:8329"
bool(false)
string(14) "::ffff:1.2.3.4"
