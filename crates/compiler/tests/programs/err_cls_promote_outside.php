<?php
class A { function f(public $x) {} }
