<?php
switch ($a) { case 1: echo 1; break; case 2: echo 2; default: echo 3; }
switch ($c) { case $d: echo 1; break; case 2: echo 2; }
