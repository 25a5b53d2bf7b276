<?php
foreach ($a as $k => &$v) { $v++; }
foreach (f() as &$v) {}
foreach ($a as ["x" => $p, "y" => $q]) {}
foreach ($a as $k => $v): echo $v; endforeach;
foreach ($a as $v) { continue; }
