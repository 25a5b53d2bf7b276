--TEST--
md5_file/sha1_file/hash_file of an empty path throw; escapeshellarg over ARG_MAX is fatal
--FILE--
<?php
foreach ([fn() => md5_file(''), fn() => sha1_file(''), fn() => hash_file('md5', '')] as $f) {
    try {
        $f();
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
var_dump(strlen(escapeshellarg(str_repeat('a', 2097149))));
escapeshellarg(str_repeat('a', 2097150));
echo "not reached\n";
--EXPECTF--
Path cannot be empty
Path cannot be empty
Path cannot be empty
int(2097151)

Fatal error: escapeshellarg(): Argument exceeds the allowed length of 2097152 bytes in %s/tests/php/stdlib/empty_path_and_shell_length.php on line 10
