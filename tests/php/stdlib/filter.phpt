--TEST--
filter_var: validating (int, float, bool, email, url, ip, regexp) and sanitizing filters, flags, options, arrays; filter_var_array, filter_input in the CLI, filter_list/filter_id
--FILE--
<?php
$tests = [
 [' 42 ', FILTER_VALIDATE_INT], ['042', FILTER_VALIDATE_INT], ['+7', FILTER_VALIDATE_INT], ['-0', FILTER_VALIDATE_INT], ['9223372036854775808', FILTER_VALIDATE_INT], ['1e3', FILTER_VALIDATE_INT], [42, FILTER_VALIDATE_INT], [4.0, FILTER_VALIDATE_INT], [4.5, FILTER_VALIDATE_INT], [true, FILTER_VALIDATE_INT], [null, FILTER_VALIDATE_INT], ['', FILTER_VALIDATE_INT],
 ['0x1A', FILTER_VALIDATE_INT], ['1.5', FILTER_VALIDATE_FLOAT], ['1e3', FILTER_VALIDATE_FLOAT], [' 2.5 ', FILTER_VALIDATE_FLOAT], ['1,000.5', FILTER_VALIDATE_FLOAT], ['abc', FILTER_VALIDATE_FLOAT], ['5', FILTER_VALIDATE_FLOAT], ['.5', FILTER_VALIDATE_FLOAT],
 ['yes', FILTER_VALIDATE_BOOLEAN], ['Off', FILTER_VALIDATE_BOOLEAN], ['maybe', FILTER_VALIDATE_BOOLEAN], ['', FILTER_VALIDATE_BOOLEAN], ['1', FILTER_VALIDATE_BOOL], [' true ', FILTER_VALIDATE_BOOLEAN],
 ['a@b.co', FILTER_VALIDATE_EMAIL], ['bad@', FILTER_VALIDATE_EMAIL], ['first.last+tag@sub.example.org', FILTER_VALIDATE_EMAIL], ['a..b@x.com', FILTER_VALIDATE_EMAIL], ['user@localhost', FILTER_VALIDATE_EMAIL], ['"q"@x.com', FILTER_VALIDATE_EMAIL],
 ['http://example.com', FILTER_VALIDATE_URL], ['example.com', FILTER_VALIDATE_URL], ['ftp://x.y/z?q#f', FILTER_VALIDATE_URL], ['http://', FILTER_VALIDATE_URL], ['mailto:a@b.c', FILTER_VALIDATE_URL], ['http://exa mple.com', FILTER_VALIDATE_URL],
 ['192.168.1.1', FILTER_VALIDATE_IP], ['256.1.1.1', FILTER_VALIDATE_IP], ['::1', FILTER_VALIDATE_IP], ['01.2.3.4', FILTER_VALIDATE_IP], ['2001:db8::ff00:42:8329', FILTER_VALIDATE_IP],
 ['<b>hi</b> & "x"', FILTER_DEFAULT], ['<b>hi</b> & "x\'', FILTER_SANITIZE_SPECIAL_CHARS], ['<b>hi</b> & "x\'', FILTER_SANITIZE_FULL_SPECIAL_CHARS], ['a1-2+3.4e5x', FILTER_SANITIZE_NUMBER_INT], ['a1-2+3.4e5x', FILTER_SANITIZE_NUMBER_FLOAT], ['(a)b@c.d<>', FILTER_SANITIZE_EMAIL], ['a b&c=d/é', FILTER_SANITIZE_ENCODED], ['x', FILTER_UNSAFE_RAW], [[1], FILTER_VALIDATE_INT], [new stdClass, FILTER_DEFAULT],
];
foreach ($tests as [$v, $f]) { echo json_encode($v), ' ', $f, ' => '; var_export(filter_var($v, $f)); echo "\n"; }
var_dump(filter_var('5', FILTER_VALIDATE_INT, ['options' => ['min_range' => 1, 'max_range' => 4]]));
var_dump(filter_var('x', FILTER_VALIDATE_INT, ['options' => ['default' => 7]]));
var_dump(filter_var('0x1A', FILTER_VALIDATE_INT, FILTER_FLAG_ALLOW_HEX), filter_var('017', FILTER_VALIDATE_INT, FILTER_FLAG_ALLOW_OCTAL));
var_dump(filter_var('maybe', FILTER_VALIDATE_BOOLEAN, FILTER_NULL_ON_FAILURE), filter_var('', FILTER_VALIDATE_BOOLEAN, FILTER_NULL_ON_FAILURE));
var_dump(filter_var('1,000.5', FILTER_VALIDATE_FLOAT, FILTER_FLAG_ALLOW_THOUSAND), filter_var('abc', FILTER_VALIDATE_REGEXP, ['options' => ['regexp' => '/^a/']]));
var_dump(filter_var('hello', FILTER_CALLBACK, ['options' => 'strtoupper']));
var_dump(filter_var(['1', 'x', '3'], FILTER_VALIDATE_INT, FILTER_REQUIRE_ARRAY), filter_var('1', FILTER_VALIDATE_INT, FILTER_FORCE_ARRAY));
var_dump(filter_var_array(['a' => '1', 'b' => 'x@y.z', 'c' => 'no'], ['a' => FILTER_VALIDATE_INT, 'b' => FILTER_VALIDATE_EMAIL, 'c' => ['filter' => FILTER_VALIDATE_BOOLEAN, 'flags' => FILTER_NULL_ON_FAILURE], 'd' => FILTER_DEFAULT]));
var_dump(filter_input(INPUT_GET, 'x'), filter_has_var(INPUT_GET, 'x'), filter_id('int'), filter_id('validate_email'), count(filter_list()) > 10);
var_dump(FILTER_VALIDATE_INT, FILTER_DEFAULT, FILTER_FLAG_ALLOW_HEX, FILTER_NULL_ON_FAILURE);
--EXPECT--
" 42 " 257 => 42
"042" 257 => false
"+7" 257 => 7
"-0" 257 => 0
"9223372036854775808" 257 => false
"1e3" 257 => false
42 257 => 42
4 257 => 4
4.5 257 => false
true 257 => 1
null 257 => false
"" 257 => false
"0x1A" 257 => false
"1.5" 259 => 1.5
"1e3" 259 => 1000.0
" 2.5 " 259 => 2.5
"1,000.5" 259 => false
"abc" 259 => false
"5" 259 => 5.0
".5" 259 => 0.5
"yes" 258 => true
"Off" 258 => false
"maybe" 258 => false
"" 258 => false
"1" 258 => true
" true " 258 => true
"a@b.co" 274 => 'a@b.co'
"bad@" 274 => false
"first.last+tag@sub.example.org" 274 => 'first.last+tag@sub.example.org'
"a..b@x.com" 274 => false
"user@localhost" 274 => false
"\"q\"@x.com" 274 => '"q"@x.com'
"http:\/\/example.com" 273 => 'http://example.com'
"example.com" 273 => false
"ftp:\/\/x.y\/z?q#f" 273 => 'ftp://x.y/z?q#f'
"http:\/\/" 273 => false
"mailto:a@b.c" 273 => 'mailto:a@b.c'
"http:\/\/exa mple.com" 273 => false
"192.168.1.1" 275 => '192.168.1.1'
"256.1.1.1" 275 => false
"::1" 275 => '::1'
"01.2.3.4" 275 => false
"2001:db8::ff00:42:8329" 275 => '2001:db8::ff00:42:8329'
"<b>hi<\/b> & \"x\"" 516 => '<b>hi</b> & "x"'
"<b>hi<\/b> & \"x'" 515 => '&#60;b&#62;hi&#60;/b&#62; &#38; &#34;x&#39;'
"<b>hi<\/b> & \"x'" 522 => '&lt;b&gt;hi&lt;/b&gt; &amp; &quot;x&#039;'
"a1-2+3.4e5x" 519 => '1-2+345'
"a1-2+3.4e5x" 520 => '1-2+345'
"(a)b@c.d<>" 517 => 'ab@c.d'
"a b&c=d\/\u00e9" 514 => 'a%20b%26c%3Dd%2F%C3%A9'
"x" 516 => 'x'
[1] 257 => false
{} 516 => false
bool(false)
int(7)
int(26)
int(15)
NULL
bool(false)
float(1000.5)
string(3) "abc"
string(5) "HELLO"
array(3) {
  [0]=>
  int(1)
  [1]=>
  bool(false)
  [2]=>
  int(3)
}
array(1) {
  [0]=>
  int(1)
}
array(4) {
  ["a"]=>
  int(1)
  ["b"]=>
  string(5) "x@y.z"
  ["c"]=>
  bool(false)
  ["d"]=>
  NULL
}
NULL
bool(false)
int(257)
int(274)
bool(true)
int(257)
int(516)
int(2)
int(134217728)
