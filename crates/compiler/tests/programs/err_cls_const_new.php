<?php
class A { const X = new B; }
