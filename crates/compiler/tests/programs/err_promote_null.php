<?php
class A { function __construct(public int $x = null) {} }
