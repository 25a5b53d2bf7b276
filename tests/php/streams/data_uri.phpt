--TEST--
data: streams (RFC 2397): base64 and url-encoded payloads through fopen/file/file_get_contents, errors
--FILE--
<?php
echo file_get_contents('data://text/plain;base64,SGVsbG8='), "\n";
echo file_get_contents('data:text/plain,a%20b+c'), "\n";
echo file_get_contents('data:,plain'), "\n";
$f = fopen('data://text/plain;charset=utf-8,line1%0Aline2', 'r'); while (($l = fgets($f)) !== false) echo json_encode($l), ' '; echo "\n"; fclose($f);
var_dump(@file_get_contents('data:nocomma'));
var_dump(file('data:text/plain,x%0Ay', FILE_IGNORE_NEW_LINES));
$h = fopen('data://text/plain;base64,' . base64_encode("a,b\n1,2\n"), 'r'); while ($r = fgetcsv($h)) echo json_encode($r); echo "\n";
var_dump(file_get_contents("data:nocomma"), fopen("data:;base64,!!!", "r"));
--EXPECTF--
Hello
a b c
plain
"line1\n" "line2" 
bool(false)
array(2) {
  [0]=>
  string(1) "x"
  [1]=>
  string(1) "y"
}
["a","b"]["1","2"]

Warning: file_get_contents(data:nocomma): Failed to open stream: rfc2397: no comma in URL in %s/tests/php/streams/data_uri.php on line 9

Warning: fopen(data:;base64,!!!): Failed to open stream: rfc2397: unable to decode in %s/tests/php/streams/data_uri.php on line 9
bool(false)
bool(false)
