<?php
[&$a, $b] = $arr; foreach ($arr as [&$x]) {}
