<?php
class A { function f($x = new static) {} }
