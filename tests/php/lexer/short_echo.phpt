--TEST--
<?= short echo tag
--FILE--
<?= 1 + 2 ?>
<?= 'x', 'y' ?>
Text <?= "z" ?>
--EXPECT--
3xyText z
