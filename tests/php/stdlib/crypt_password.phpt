--TEST--
crypt() with every salt scheme and its failures; password_hash/verify/get_info/needs_rehash
--FILE--
<?php
foreach (['rl', '_J9..rasm', '$1$rasmuslerdorfxx$', '$1$', '$2y$07$usesomesillystringforsalt$', '$2a$07$usesomesillystringforsalt$',
          '$2y$03$usesomesillystringforsalt$', '$2y$07$short$', '$5$rounds=5000$usesomesillystringforsalt$',
          '$6$rounds=5000$usesomesillystringforsalt$', '$6$rounds=10$salt$', '$5$saltsaltsaltsaltsalt', '$6$$',
          '*0', '*1', '', 'a', 'a!', '$3$', '_J9..'] as $salt) {
    var_dump(crypt('rasmuslerdorf', $salt));
}
var_dump(crypt("a\0b", 'ab') === crypt('a', 'ab'));
$h = password_hash('secret', PASSWORD_DEFAULT, ['cost' => 4]);
var_dump(strlen($h), substr($h, 0, 7), password_verify('secret', $h), password_verify('Secret', $h));
var_dump(password_get_info($h), password_get_info('nope'));
var_dump(password_needs_rehash($h, PASSWORD_BCRYPT), password_needs_rehash($h, PASSWORD_BCRYPT, ['cost' => 4]));
var_dump(password_verify('rasmuslerdorf', 'rl.3StKT.4T8M'), password_algos()[0], PASSWORD_BCRYPT_DEFAULT_COST);
try { password_hash('x', PASSWORD_BCRYPT, ['cost' => 3]); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { password_hash('x', 'nope'); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(strlen(password_hash('x', PASSWORD_BCRYPT, ['salt' => 'ignored', 'cost' => 4])));
--EXPECTF--
string(13) "rl.3StKT.4T8M"
string(20) "_J9..rasmBYk8r9AiWNc"
string(34) "$1$rasmusle$rISCgZzpwk3UhDidwXvin0"
string(26) "$1$$9FgrOJK8xP1TnARfMcxvR."
string(60) "$2y$07$usesomesillystringfore2uDLvp1Ii2e./U9C8sBjqp8I90dH6hi"
string(60) "$2a$07$usesomesillystringfore2uDLvp1Ii2e./U9C8sBjqp8I90dH6hi"
string(2) "*0"
string(2) "*0"
string(75) "$5$rounds=5000$usesomesillystri$KqJWpanXZHKq2BOB43TSaYhEWsQ1Lr5QNyPCDH/Tp.6"
string(118) "$6$rounds=5000$usesomesillystri$D4IrlXatmP7rx3P3InaxBeoomnAihCKRVQP22JZ6EY47Wc6BkroIuUUBOov1i.S5KPgErtP/EN5mcO.ChWQW21"
string(2) "*0"
string(63) "$5$saltsaltsaltsalt$MwrUWUyC.j1rRkeOtTF0qCraOGWFepiYnF3yqxsPBN9"
string(90) "$6$$OpUmkcCxZVku4Cb.r0CIzgwujSscSMTTJS75xY6Xgg9ovF6v/KNlRDFEbVNnG34X/dcHRf3KVsi4w.IYCJbr9."
string(2) "*1"
string(2) "*0"
string(2) "*0"
string(2) "*0"
string(2) "*0"
string(2) "*0"
string(2) "*0"
bool(true)
int(60)
string(7) "$2y$04$"
bool(true)
bool(false)
array(3) {
  ["algo"]=>
  string(2) "2y"
  ["algoName"]=>
  string(6) "bcrypt"
  ["options"]=>
  array(1) {
    ["cost"]=>
    int(4)
  }
}
array(3) {
  ["algo"]=>
  NULL
  ["algoName"]=>
  string(7) "unknown"
  ["options"]=>
  array(0) {
  }
}
bool(true)
bool(false)
bool(true)
string(2) "2y"
int(10)
Invalid bcrypt cost parameter specified: 3
password_hash(): Argument #2 ($algo) must be a valid password hashing algorithm

Warning: password_hash(): The "salt" option has been ignored, since providing a custom salt is no longer supported in %s/tests/php/stdlib/crypt_password.php on line 16
int(60)
