<?php
class A {} $a?->b = 1;
