<?php
enum E { case A; public $a; }
