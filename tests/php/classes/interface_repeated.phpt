--TEST--
naming an interface twice (here through a class_alias) is fatal; one inherited through another named interface is not
--FILE--
<?php
interface I {}
interface J extends I {}
class Fine implements J, I {}
echo "fine\n";
class_alias('I', 'AlsoI');
if (true) {
    class Twice implements I, AlsoI {}
}
--EXPECTF--
fine

Fatal error: Class Twice cannot implement previously implemented interface I in %s/tests/php/classes/interface_repeated.php on line 8
