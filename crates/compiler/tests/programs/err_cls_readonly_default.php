<?php
class A { public readonly int $a = 1; }
