<?php
$m = @f($x); $n = @$undef; @$a[1];
