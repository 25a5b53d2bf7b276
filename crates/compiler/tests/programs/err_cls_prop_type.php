<?php
class A { public callable $c; }
