<?php
class A { public $a; protected $a; }
