<?php
function gen() { $x = yield 1; yield $x => 2; yield; $y = yield from gen(); return 5; }
function &refgen() { $a = 1; yield $a; }
function kv(): Generator { yield "k" => "v"; }
