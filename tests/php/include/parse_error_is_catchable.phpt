--TEST--
a syntax error in an included file is a ParseError the includer can catch (file and line of the included file); the script goes on
--FILE--
<?php
$dir = sys_get_temp_dir() . '/miniphp_parse_' . getmypid();
@mkdir($dir);
file_put_contents("$dir/bad.php", "<?php\n\nfunction broken( {");
foreach (['require', 'include', 'include_once'] as $how) {
    try {
        match ($how) {
            'require' => require "$dir/bad.php",
            'include' => include "$dir/bad.php",
            'include_once' => include_once "$dir/bad.php",
        };
    } catch (ParseError $e) {
        echo $how, ': ', get_class($e), ': ', $e->getMessage(), ' line ', $e->getLine(), ' in ', basename($e->getFile()), "\n";
    }
}
unlink("$dir/bad.php");
rmdir($dir);
echo "still running\n";
--EXPECT--
require: ParseError: syntax error, unexpected token "{", expecting variable line 3 in bad.php
include: ParseError: syntax error, unexpected token "{", expecting variable line 3 in bad.php
include_once: ParseError: syntax error, unexpected token "{", expecting variable line 3 in bad.php
still running
