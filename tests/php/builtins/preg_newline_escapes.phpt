--TEST--
PCRE's \R, \h, \H, \v and \V escapes (in and out of classes)
--FILE--
<?php
var_dump(preg_split('/\R/', "a\nb\r\nc\rd"), preg_match_all('/\h+/', "a \t b", $m), $m, preg_replace('/\v+/', '|', "x\n\ny\rz"), preg_match('/^[\h\d]+$/', " 12\t"), preg_replace('/\H/', '.', "a b"), preg_replace('/\V/', '.', "ab\ncd"), preg_split('/\R/u', "é\r\nü"));
--EXPECT--
array(4) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(1) "c"
  [3]=>
  string(1) "d"
}
int(1)
array(1) {
  [0]=>
  array(1) {
    [0]=>
    string(3) " 	 "
  }
}
string(5) "x|y|z"
int(1)
string(3) ". ."
string(5) "..
.."
array(2) {
  [0]=>
  string(2) "é"
  [1]=>
  string(2) "ü"
}
