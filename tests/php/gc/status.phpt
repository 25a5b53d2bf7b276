--TEST--
gc: gc_enable, gc_disable, gc_enabled, zend.enable_gc and gc_status
--FILE--
<?php
var_dump(gc_enabled());
gc_disable();
var_dump(gc_enabled(), ini_get('zend.enable_gc'));
$a = new stdClass;
$a->a = $a;
unset($a);
var_dump(gc_collect_cycles());
gc_enable();
var_dump(gc_enabled(), ini_get('zend.enable_gc'));
ini_set('zend.enable_gc', '0');
var_dump(gc_enabled());
ini_set('zend.enable_gc', '1');
var_dump(array_keys(gc_status()));
$s = gc_status();
var_dump($s['runs'], $s['collected'], $s['threshold']);
?>
--EXPECT--
bool(true)
bool(false)
string(1) "0"
int(1)
bool(true)
string(1) "1"
bool(false)
array(4) {
  [0]=>
  string(4) "runs"
  [1]=>
  string(9) "collected"
  [2]=>
  string(9) "threshold"
  [3]=>
  string(5) "roots"
}
int(1)
int(1)
int(10001)
