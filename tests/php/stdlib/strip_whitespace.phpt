--TEST--
php_strip_whitespace(): comments dropped, whitespace runs become one space, heredoc ends keep their line; a missing file warns and gives ""
--FILE--
<?php
/**
 * A doc comment.
 */
function  f( $a ,  $b )   // trailing
{
    # hash comment
    return <<<EOT
    x $a
    EOT . "y" ;
}
?>
Some <b>HTML</b>   here
<?php
var_dump(php_strip_whitespace(__FILE__));
var_dump(php_strip_whitespace(__DIR__ . '/no_such_file.php'));
--EXPECTF--
Some <b>HTML</b>   here
string(210) "<?php
 function f( $a , $b ) { return <<<EOT
    x $a
    EOT
. "y" ; } ?>
Some <b>HTML</b>   here
<?php
var_dump(php_strip_whitespace(__FILE__)); var_dump(php_strip_whitespace(__DIR__ . '/no_such_file.php')); "

Warning: php_strip_whitespace(%s/tests/php/stdlib/no_such_file.php): Failed to open stream: No such file or directory in %s/tests/php/stdlib/strip_whitespace.php on line 16
string(0) ""
