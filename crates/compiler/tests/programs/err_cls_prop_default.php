<?php
class A { public int $a = "x"; }
