<?php
echo "sibling.php included from ", basename(__DIR__), "\n";
