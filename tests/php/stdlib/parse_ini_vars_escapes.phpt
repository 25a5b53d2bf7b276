--TEST--
parse_ini_string()/parse_ini_file(): ${VAR} in section names and offsets; in double quotes \\, \$ and \" are escapes but a quote ending the line closes the string after a backslash; a relative file name is found next to the script
--ENV--
INI_TEST_VAR=fromenv
--FILE--
<?php
var_dump(parse_ini_string(<<<'INI'
[sec_${INI_TEST_VAR}]
arr[${INI_TEST_VAR}] = 1
arr["q/${INI_TEST_VAR}"] = 2
path = "c:\dir\"
dollar = "\${INI_TEST_VAR} and ${INI_TEST_VAR}"
quote = "say \"hi\" \\ done"
INI, true));
file_put_contents(__DIR__ . "/parse_ini_vars_escapes.ini", "[s]\n/home = default:index\n");
$cwd = getcwd();
chdir("/");
var_dump(parse_ini_file("parse_ini_vars_escapes.ini", true));
chdir($cwd);
unlink(__DIR__ . "/parse_ini_vars_escapes.ini");
?>
--EXPECT--
array(1) {
  ["sec_fromenv"]=>
  array(4) {
    ["arr"]=>
    array(2) {
      ["fromenv"]=>
      string(1) "1"
      ["q/fromenv"]=>
      string(1) "2"
    }
    ["path"]=>
    string(7) "c:\dir\"
    ["dollar"]=>
    string(27) "${INI_TEST_VAR} and fromenv"
    ["quote"]=>
    string(15) "say "hi" \ done"
  }
}
array(1) {
  ["s"]=>
  array(1) {
    ["/home"]=>
    string(13) "default:index"
  }
}
