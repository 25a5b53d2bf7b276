<?php
class A { function f() { $this = 1; } }
