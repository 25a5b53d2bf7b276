--TEST--
PCRE syntax the engine spells otherwise: possessive/atomic, (?'name'), (?P=name), \Q..\E, \Z, literal {,n}, \X, octal and \c escapes, the U modifier and (?U), \N
--FILE--
<?php
$tests = [
 ['/a++b/', 'aaab'], ['/(?>a+)b/', 'aab'], ["/(?'y'\\d{4})/", 'in 2024'], ['/(?P<w>\w+) (?P=w)/', 'hey hey'], ['/(\w)\1/', 'book'],
 ['/\Qa.b\E+/', 'a.bb'], ['/\Aab\z/', 'ab'], ['/ab\Z/', "ab\n"], ['/\bcat\b/i', 'Cat!'], ['/x*+y/', 'xxy'],
 ['/(?i)abc(?-i)D/', 'ABCD'], ['/a{,3}/', 'a{,3}'], ['/[[:alpha:]]+/', 'ab1'], ['/[[:^digit:]]+/', 'ab1'], ['/\d+(?=px)/', '10px'],
 ['/(?<!\$)\d+/', '$5 7'], ['/^\p{Lu}/u', 'Éa'], ['/\X/u', 'é'], ['/(a)|b/', 'b'],
 ['/\w+@\w+\.com/', 'x me@site.com y'], ['/(?#comment)x/', 'x'], ['/a(?=b)/x', 'ab'], ['/ a b # c
 /x', 'ab'],
 ['/\x41\101\cA?/', 'AA'], ['/[\x{100}-\x{200}]/u', 'ā'], ['/\e\a?/', "\e"], ['/.+/s', "a\nb"], ['/^b/m', "a\nb"],
 ['/(?U)a+/', 'aaa'], ['/a+/U', 'aaa'], ['/\N+/', "ab\nc"], ['/foo\Kbar/', 'foobar'],
];
foreach ($tests as [$re, $s]) {
    $r = @preg_match($re, $s, $m);
    echo str_pad(json_encode($re), 32), ' ', var_export($r, true), ' ', json_encode($m), ' ', $r === false ? preg_last_error_msg() . ' ' . (error_get_last()['message'] ?? '') : '', "\n";
}
--EXPECT--
"\/a++b\/"                       1 ["aaab"] 
"\/(?>a+)b\/"                    1 ["aab"] 
"\/(?'y'\\d{4})\/"               1 {"0":"2024","y":"2024","1":"2024"} 
"\/(?P<w>\\w+) (?P=w)\/"         1 {"0":"hey hey","w":"hey","1":"hey"} 
"\/(\\w)\\1\/"                   1 ["oo","o"] 
"\/\\Qa.b\\E+\/"                 1 ["a.bb"] 
"\/\\Aab\\z\/"                   1 ["ab"] 
"\/ab\\Z\/"                      1 ["ab"] 
"\/\\bcat\\b\/i"                 1 ["Cat"] 
"\/x*+y\/"                       1 ["xxy"] 
"\/(?i)abc(?-i)D\/"              1 ["ABCD"] 
"\/a{,3}\/"                      1 ["a{,3}"] 
"\/[[:alpha:]]+\/"               1 ["ab"] 
"\/[[:^digit:]]+\/"              1 ["ab"] 
"\/\\d+(?=px)\/"                 1 ["10"] 
"\/(?<!\\$)\\d+\/"               1 ["7"] 
"\/^\\p{Lu}\/u"                  1 ["\u00c9"] 
"\/\\X\/u"                       1 ["\u00e9"] 
"\/(a)|b\/"                      1 ["b"] 
"\/\\w+@\\w+\\.com\/"            1 ["me@site.com"] 
"\/(?#comment)x\/"               1 ["x"] 
"\/a(?=b)\/x"                    1 ["a"] 
"\/ a b # c\n \/x"               1 ["ab"] 
"\/\\x41\\101\\cA?\/"            1 ["AA"] 
"\/[\\x{100}-\\x{200}]\/u"       1 ["\u0101"] 
"\/\\e\\a?\/"                    1 ["\u001b"] 
"\/.+\/s"                        1 ["a\nb"] 
"\/^b\/m"                        1 ["b"] 
"\/(?U)a+\/"                     1 ["a"] 
"\/a+\/U"                        1 ["a"] 
"\/\\N+\/"                       1 ["ab"] 
"\/foo\\Kbar\/"                  1 ["bar"]
