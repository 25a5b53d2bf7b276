<?php
$x = $a[];
