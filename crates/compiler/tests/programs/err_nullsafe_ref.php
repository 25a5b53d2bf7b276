<?php
$r = &$a?->b;
