<?php
class A { public int $a = null; }
