<?php
interface I { private function f(); }
