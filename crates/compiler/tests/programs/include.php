<?php
include "a.php"; require_once "b.php"; $x = include_once $f; require "c.php"; $r = eval("return 1;");
