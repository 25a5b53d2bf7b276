--TEST--
a file without PHP tags is output verbatim
--FILE--
just text
<? not php ?>
--EXPECT--
just text
<? not php ?>
