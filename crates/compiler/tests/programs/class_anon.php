<?php
$o = new class { public $a = 1; function m() { return $this->a; } };
$p = new class(1, 2) extends ArrayObject implements Countable { function __construct($x, $y) { parent::__construct([$x, $y]); } };
interface I {}
$q = new class implements I {};
class Outer { function make() { return new class { function inner() { return 1; } }; } }
