--TEST--
an object with __toString compared with a string (==, !=, <, <=>, switch, in_array, array_search) is compared as its string; strlen takes it in weak mode
--FILE--
<?php
class S { function __construct(private string $s) {} function __toString(): string { echo "[toString]"; return $this->s; } }
class Plain {}
$s = new S('abc');
var_dump($s == 'abc', 'abc' == $s, $s != 'abd', $s < 'abd', 'abd' <=> $s);
var_dump(in_array('abc', [$s]), in_array($s, ['abc']), in_array($s, ['x', 'abc']), in_array($s, ['abc'], true), array_search('abc', [1, $s]));
switch ($s) { case 'x': echo "x\n"; break; case 'abc': echo "switch matched\n"; break; }
var_dump(new Plain == 'abc', $s == new S('abc'), strlen($s));
try { var_dump(strlen(new Plain)); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
[toString][toString][toString][toString][toString]bool(true)
bool(true)
bool(true)
bool(true)
int(1)
[toString][toString][toString][toString][toString]bool(true)
bool(true)
bool(true)
bool(false)
int(1)
[toString][toString]switch matched
[toString]bool(false)
bool(true)
int(3)
strlen(): Argument #1 ($string) must be of type string, Plain given
