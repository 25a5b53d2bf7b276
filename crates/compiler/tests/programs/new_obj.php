<?php
$o = new Foo(1, $x); $p = new \Bar\Baz; $q = $o->prop; $o->prop = 2; $o->m($x); $r = $o->m2()->m3(); $o->c++; $o->d .= "x"; $s = $o instanceof Foo; $t = clone $o;
