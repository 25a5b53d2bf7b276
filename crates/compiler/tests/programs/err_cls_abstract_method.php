<?php
class A { abstract function f(); abstract function g(); }
