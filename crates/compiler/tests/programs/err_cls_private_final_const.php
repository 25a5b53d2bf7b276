<?php
class A { private final const X = 1; }
