<?php
$$a = 1; echo $$b; ${"c" . "d"} = 2; $e = $GLOBALS["x"]; $_GET["y"] = 1; echo $_SERVER["argv"];
