--TEST--
closing tag swallows exactly one newline
--FILE--
<?php echo 'a' ?>

b<?php echo 'c' ?>
d<?php echo 'e';?>
--EXPECT--
a
bcde
