--TEST--
The first access to a backed enum's case makes all its case objects (object ids), a pure enum's one at a time
--FILE--
<?php
enum Level: int { case Low = 1; case High = 3; case Mid = 2; }
$x = Level::High;
echo spl_object_id(new stdClass), "\n";
enum Pure { case A; case B; case C; }
$y = Pure::B;
echo spl_object_id(new stdClass), "\n";
var_dump(Level::Low, Pure::A);
echo spl_object_id(Level::Mid), spl_object_id(Pure::C), "\n";
--EXPECT--
4
5
enum(Level::Low)
enum(Pure::A)
36
