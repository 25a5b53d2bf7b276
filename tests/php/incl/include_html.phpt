--TEST--
included file with inline HTML and magic constants
--FILE--
<?php
include __DIR__ . '/../include/html.php';
echo "back in ", basename(__FILE__), "\n";
--EXPECT--
Inline text from html.php
php in html.php: html.php line 2
back in include_html.php
