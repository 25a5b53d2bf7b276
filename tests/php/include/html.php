Inline text from html.php
<?php echo "php in html.php: ", basename(__FILE__), " line ", __LINE__, "\n";
