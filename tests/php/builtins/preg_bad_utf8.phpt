--TEST--
preg_* with /u on invalid UTF-8: false/null results and PREG_BAD_UTF8_ERROR, no warning; preg_grep stops at the bad entry
--FILE--
<?php
$bad = "a\xffb";
var_dump(preg_match('/./u', $bad), preg_last_error(), preg_last_error_msg());
var_dump(preg_match('/./', $bad), preg_last_error());
var_dump(preg_match_all('/./u', $bad), preg_replace('/a/u', 'x', $bad), preg_last_error());
var_dump(preg_replace('/a/u', 'x', [$bad, 'abc']), preg_split('/b/u', $bad), preg_replace_callback('/a/u', fn($m) => 'y', $bad));
var_dump(preg_match('/é/u', 'café'), preg_last_error_msg());
var_dump(preg_grep('/a/u', ['a', $bad, 'ba']), preg_last_error());
--EXPECT--
bool(false)
int(4)
string(56) "Malformed UTF-8 characters, possibly incorrectly encoded"
int(1)
int(0)
bool(false)
NULL
int(4)
array(1) {
  [1]=>
  string(3) "xbc"
}
bool(false)
NULL
int(1)
string(8) "No error"
array(1) {
  [0]=>
  string(1) "a"
}
int(4)
