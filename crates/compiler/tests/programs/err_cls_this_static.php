<?php
class A { static function f() { static $this; } }
