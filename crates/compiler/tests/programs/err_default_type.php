<?php
function f(int $x = "a") {}
