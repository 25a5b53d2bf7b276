<?php
class A { case X; }
