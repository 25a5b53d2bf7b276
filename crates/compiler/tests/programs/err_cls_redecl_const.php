<?php
class A { const X = 1; const X = 2; }
