--TEST--
parse_ini_string/parse_ini_file: sections, arrays, quotes, constants, ${} and the three scanner modes
--FILE--
<?php
define('MYC', 'const!');
$ini = <<<'INI'
; comment
[first]
a = 1
b = on
c = "quoted ; not comment" ; trailing
d = 'single $x'
e = MYC
f = none
g = 1.5
h[] = x
h[] = y
i[k] = z
l =
m = null
n = yes
o = 0x1A
p = -3
[second]
path = ${MINIPHP_NO_SUCH_VAR}/x
q = "a\"b"
r = "tab\there"
s = "back\\slash"
t = 'it\'s'
INI;
foreach ([INI_SCANNER_NORMAL, INI_SCANNER_TYPED] as $mode) {
    var_dump(parse_ini_string($ini, true, $mode));
}
var_dump(parse_ini_string($ini));
var_dump(parse_ini_string("a = on\nb = \"x y\" ; c\nc = MYC\nd = 1.5", false, INI_SCANNER_RAW));
var_dump(parse_ini_string("a = b = c"));
var_dump(parse_ini_string("[sec"));
var_dump(parse_ini_string("foo"));
var_dump(parse_ini_string("#x = 1\ny = 2"));
file_put_contents(__DIR__ . '/ini_test.ini', "[s]\nk = v\n");
var_dump(parse_ini_file(__DIR__ . '/ini_test.ini', true), parse_ini_file(__DIR__ . '/ini_test.ini'));
unlink(__DIR__ . '/ini_test.ini');
--EXPECTF--
array(2) {
  ["first"]=>
  array(14) {
    ["a"]=>
    string(1) "1"
    ["b"]=>
    string(1) "1"
    ["c"]=>
    string(20) "quoted ; not comment"
    ["d"]=>
    string(9) "single $x"
    ["e"]=>
    string(6) "const!"
    ["f"]=>
    string(0) ""
    ["g"]=>
    string(3) "1.5"
    ["h"]=>
    array(2) {
      [0]=>
      string(1) "x"
      [1]=>
      string(1) "y"
    }
    ["i"]=>
    array(1) {
      ["k"]=>
      string(1) "z"
    }
    ["l"]=>
    string(0) ""
    ["m"]=>
    string(0) ""
    ["n"]=>
    string(1) "1"
    ["o"]=>
    string(4) "0x1A"
    ["p"]=>
    string(2) "-3"
  }
  ["second"]=>
  array(5) {
    ["path"]=>
    string(2) "/x"
    ["q"]=>
    string(3) "a"b"
    ["r"]=>
    string(9) "tab\there"
    ["s"]=>
    string(10) "back\slash"
    ["t"]=>
    string(4) "it\s"
  }
}
array(2) {
  ["first"]=>
  array(14) {
    ["a"]=>
    int(1)
    ["b"]=>
    bool(true)
    ["c"]=>
    string(20) "quoted ; not comment"
    ["d"]=>
    string(9) "single $x"
    ["e"]=>
    string(6) "const!"
    ["f"]=>
    bool(false)
    ["g"]=>
    float(1.5)
    ["h"]=>
    array(2) {
      [0]=>
      string(1) "x"
      [1]=>
      string(1) "y"
    }
    ["i"]=>
    array(1) {
      ["k"]=>
      string(1) "z"
    }
    ["l"]=>
    string(0) ""
    ["m"]=>
    NULL
    ["n"]=>
    bool(true)
    ["o"]=>
    string(4) "0x1A"
    ["p"]=>
    int(-3)
  }
  ["second"]=>
  array(5) {
    ["path"]=>
    string(2) "/x"
    ["q"]=>
    string(3) "a"b"
    ["r"]=>
    string(9) "tab\there"
    ["s"]=>
    string(10) "back\slash"
    ["t"]=>
    string(4) "it\s"
  }
}
array(19) {
  ["a"]=>
  string(1) "1"
  ["b"]=>
  string(1) "1"
  ["c"]=>
  string(20) "quoted ; not comment"
  ["d"]=>
  string(9) "single $x"
  ["e"]=>
  string(6) "const!"
  ["f"]=>
  string(0) ""
  ["g"]=>
  string(3) "1.5"
  ["h"]=>
  array(2) {
    [0]=>
    string(1) "x"
    [1]=>
    string(1) "y"
  }
  ["i"]=>
  array(1) {
    ["k"]=>
    string(1) "z"
  }
  ["l"]=>
  string(0) ""
  ["m"]=>
  string(0) ""
  ["n"]=>
  string(1) "1"
  ["o"]=>
  string(4) "0x1A"
  ["p"]=>
  string(2) "-3"
  ["path"]=>
  string(2) "/x"
  ["q"]=>
  string(3) "a"b"
  ["r"]=>
  string(9) "tab\there"
  ["s"]=>
  string(10) "back\slash"
  ["t"]=>
  string(4) "it\s"
}
array(4) {
  ["a"]=>
  string(2) "on"
  ["b"]=>
  string(3) "x y"
  ["c"]=>
  string(3) "MYC"
  ["d"]=>
  string(3) "1.5"
}

Warning: syntax error, unexpected '=' in Unknown on line 1
 in %s/tests/php/stdlib/parse_ini.php on line 33
bool(false)

Warning: syntax error, unexpected end of file, expecting ']' in Unknown on line 1
 in %s/tests/php/stdlib/parse_ini.php on line 34
bool(false)
array(0) {
}
array(2) {
  ["#x"]=>
  string(1) "1"
  ["y"]=>
  string(1) "2"
}
array(1) {
  ["s"]=>
  array(1) {
    ["k"]=>
    string(1) "v"
  }
}
array(1) {
  ["k"]=>
  string(1) "v"
}
