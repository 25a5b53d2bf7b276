--TEST--
get_declared_classes/interfaces/traits list a class_alias by its lowercase key after the original
--FILE--
<?php
class Orig {}
interface Iface {}
trait Tr {}
class_alias('Orig', 'AliasOfOrig');
class_alias('Iface', 'AliasOfIface');
class_alias('Tr', 'AliasOfTr');
print_r(array_slice(get_declared_classes(), -2));
print_r(array_slice(get_declared_interfaces(), -2));
print_r(get_declared_traits());
--EXPECT--
Array
(
    [0] => Orig
    [1] => aliasoforig
)
Array
(
    [0] => Iface
    [1] => aliasofiface
)
Array
(
    [0] => Tr
    [1] => aliasoftr
)
