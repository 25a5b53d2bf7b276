--TEST--
getservbyname() and getservbyport() read the services database (names and aliases, per protocol)
--SKIPIF--
<?php if (!file_exists('/etc/services')) die('skip no /etc/services'); ?>
--FILE--
<?php
var_dump(getservbyname('http', 'tcp'), getservbyname('www', 'tcp'), getservbyname('ssh', 'tcp'));
var_dump(getservbyname('http', 'nope'), getservbyname('no-such-service', 'tcp'));
var_dump(getservbyport(80, 'tcp'), getservbyport('22', 'tcp'), getservbyport(-1, 'tcp'), getservbyport(80, 'ppp'));
--EXPECT--
int(80)
int(80)
int(22)
bool(false)
bool(false)
string(4) "http"
string(3) "ssh"
bool(false)
bool(false)
