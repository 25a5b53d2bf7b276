<?php
class A { function f() { class B {} } }
