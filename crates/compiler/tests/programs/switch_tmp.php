<?php
switch (f()) { case 1: echo 1; break; case 2: echo 2; }
switch ($a + 1) { case 1: echo 1; }
function g($x) { switch ($x . "") { case "a": return 1; } return 2; }
