<?php
function f() { $this->x = 1; echo $this->y; $this->m(); return $this; }
