<?php
class A { const X = $a; }
