<?php
class A { function f(){} function F(){} }
