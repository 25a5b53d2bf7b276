--TEST--
crypt with $1$ (MD5) takes any salt characters, cut at 8 or a '$'
--FILE--
<?php
foreach (['$1$f+uslYF01$', '$1$ab$', '$1$rasmuslerdorfxx$', '$1$', '$1$a b-c!$x'] as $salt) {
    foreach (['test', '', 'a much longer password than sixteen bytes'] as $pw) {
        echo crypt($pw, $salt), "\n";
    }
}
--EXPECT--
$1$f+uslYF0$orVloNmKSLvOeswusE0bY.
$1$f+uslYF0$jNTJdIjjHsjMBJ1ETNiJ00
$1$f+uslYF0$mdjG6IfQ4FAvrM9og7m7z1
$1$ab$GR5WgfqnahyU5qOIirFwN0
$1$ab$rn6aQS/o7141mj179E/zA.
$1$ab$ZTj46kRB5W/DcsgaphZJd/
$1$rasmusle$mxr9ZF7ME4iFCbThP83ud/
$1$rasmusle$Lh7EJjJyg.NQdWZOklket0
$1$rasmusle$Za8NRfv3fIceb89aORTtW1
$1$$whuMjZj.HMFoaTaZRRtkO0
$1$$qRPK7m23GJusamGpoGLby/
$1$$bLfBJaJWd4ThFwun5kcag0
$1$a b-c!$E1IDVxvBE25PfbneQbyMy0
$1$a b-c!$UykmH9YcmTHekpipGs8s0.
$1$a b-c!$wrW5jCGtRNFukFloH8XyV/
