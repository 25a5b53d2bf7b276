<?php
class A { function __set(int $n, $v) {} }
