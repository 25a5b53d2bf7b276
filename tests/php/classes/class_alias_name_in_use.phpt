--TEST--
class_alias() onto a name in use warns with the aliased class's kind (interface, trait, enum, class)
--FILE--
<?php
interface I {}
trait T {}
enum E { case A; }
class C {}
class Taken {}
var_dump(class_alias('I', 'Taken'), class_alias('T', 'taken'), class_alias('E', 'TAKEN'), class_alias('C', 'Taken'));
--EXPECTF--
Warning: Cannot declare interface Taken, because the name is already in use in %s/tests/php/classes/class_alias_name_in_use.php on line 7

Warning: Cannot declare trait taken, because the name is already in use in %s/tests/php/classes/class_alias_name_in_use.php on line 7

Warning: Cannot declare enum TAKEN, because the name is already in use in %s/tests/php/classes/class_alias_name_in_use.php on line 7

Warning: Cannot declare class Taken, because the name is already in use in %s/tests/php/classes/class_alias_name_in_use.php on line 7
bool(false)
bool(false)
bool(false)
bool(false)
