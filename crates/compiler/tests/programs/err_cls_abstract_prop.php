<?php
class A { abstract public $p; }
