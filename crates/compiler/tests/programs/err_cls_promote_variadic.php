<?php
class A { function __construct(public ...$x) {} }
