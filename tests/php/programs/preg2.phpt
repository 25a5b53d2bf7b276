--TEST--
program: preg with lookbehind, named groups, unicode properties, callbacks, split flags, PCRE errors
--FILE--
<?php
// preg with lookbehind/lookahead, named groups, unicode, callbacks, split flags
$log = <<<LOG
2024-05-01 12:00:01 [ERROR] db: connection refused (code=111) user=alice
2024-05-01 12:00:05 [warn] cache: miss key=users:42
2024-05-01 12:01:00 [INFO] http: GET /api/v1/items?id=7 200 12ms
2024-05-02 00:00:00 [ERROR] http: POST /login 500 340ms user=bob
LOG;
$re = '/^(?<date>\d{4}-\d{2}-\d{2}) (?<time>[\d:]{8}) \[(?<level>\w+)\] (?<src>\w+): (?<msg>.*)$/m';
echo preg_match_all($re, $log, $m, PREG_SET_ORDER), "\n";
foreach ($m as $row) printf("%s %-5s %-5s %s\n", $row['date'], strtoupper($row['level']), $row['src'], $row['msg']);
preg_match_all($re, $log, $cols);
echo implode(',', $cols['level']), ' ', count($cols), "\n";
preg_match('/(?<=user=)\w+/', $log, $u); echo $u[0], "\n";
preg_match_all('/(?<!\d)\d{3}(?!\d)/', $log, $three); echo implode(' ', $three[0]), "\n";
preg_match_all('/\b(\w+)=(\w+(?::\w+)?)/', $log, $kv, PREG_PATTERN_ORDER | PREG_OFFSET_CAPTURE);
foreach ($kv[1] as $i => [$k, $off]) echo "$k@$off={$kv[2][$i][0]} ";
echo "\n";
preg_match('/(a)(b)?(c)/', 'ac', $mm); var_dump($mm);
preg_match('/(a)(b)?(c)/', 'ac', $mm, PREG_UNMATCHED_AS_NULL); var_dump($mm);
preg_match('/(?<x>a)(?<y>z)?/', 'a', $mm); var_dump($mm);
$text = "Grüße aus Köln — naïve café, ΑΒΓ αβγ, 日本語テキスト 123";
preg_match_all('/\p{Lu}\p{Ll}+/u', $text, $caps); echo implode('|', $caps[0]), "\n";
preg_match_all('/\w+/u', $text, $w); echo count($w[0]), ' ', implode('|', array_slice($w[0], 0, 6)), "\n";
preg_match_all('/\w+/', "caf\u{e9} na\u{ef}ve", $w2); echo json_encode($w2[0]), "\n";
echo preg_replace('/\p{Han}+/u', '[CJK]', $text), "\n";
echo preg_replace('/(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/u', '_', 'abc123def45g'), "\n";
echo json_encode(preg_split('//u', 'añb', -1, PREG_SPLIT_NO_EMPTY)), "\n";
echo json_encode(preg_split('/(\s*[,;]\s*)/', 'a , b;c ,, d', -1, PREG_SPLIT_DELIM_CAPTURE | PREG_SPLIT_NO_EMPTY)), "\n";
echo json_encode(preg_split('/[\s,]+/', "hello, world  foo,bar", 3)), "\n";
echo json_encode(preg_split('/-/', 'a-b--c', -1, PREG_SPLIT_OFFSET_CAPTURE)), "\n";
echo preg_replace_callback('/\{(\w+)(?:\|(\w+))?\}/', function ($m) {
    $vars = ['name' => 'World', 'n' => 3];
    $v = $vars[$m[1]] ?? "?{$m[1]}";
    return match ($m[2] ?? null) { 'upper' => strtoupper($v), 'len' => strlen((string)$v), null => $v, default => $v };
}, 'Hello {name|upper}! {n} items, {missing}, len={name|len}'), "\n";
echo preg_replace('/(\w+) (\w+)/', '$2 ${1}!', 'hello world'), ' ', preg_replace('/a/i', 'x', 'AbaA', 2, $cnt), " $cnt\n";
echo preg_replace(['/a/', '/b/'], ['b', 'c'], 'ab'), ' ', json_encode(preg_replace('/\d/', '#', ['a1', 'b22', 'c'])), "\n";
echo json_encode(preg_grep('/^\d+$/', ['1', 'a', '22', '3b'])), json_encode(preg_grep('/^\d+$/', ['1', 'a', '22'], PREG_GREP_INVERT)), "\n";
echo preg_quote('Hello.World?(1+1=2)[a]{b}^$|\\/#', '/'), "\n";
$camel = fn($s) => preg_replace_callback('/[-_\s]+(\p{L})/u', fn($m) => mb_strtoupper($m[1]), $s);
echo $camel('hello_world-foo bar_élan'), ' ', strtolower(preg_replace('/(?<!^)[A-Z]/', '_$0', 'parseHTTPResponseCode')), "\n";
preg_match('/^(?:(?<scheme>https?):\/\/)?(?<host>[^\/:]+)(?::(?<port>\d+))?(?<path>\/[^?#]*)?(?:\?(?<q>[^#]*))?(?:#(?<frag>.*))?$/', 'https://example.com:8080/a/b.php?x=1&y=2#top', $url);
echo json_encode(array_filter($url, 'is_string', ARRAY_FILTER_USE_KEY)), "\n";
var_dump(preg_match('/[/', 'x'));
var_dump(preg_last_error(), preg_last_error_msg());
var_dump(preg_match('/(?:\D+|<\d+>)*[!?]/', 'foobar foobar foobar'));
var_dump(preg_last_error_msg());
var_dump(preg_match('/./u', "\xff"), preg_last_error_msg());
echo preg_replace('~/+~', '/', 'a//b///c'), ' ', preg_match('#^\s*$#', "  \n"), ' ', preg_replace('/\s+/', ' ', "a \t\n b"), "\n";
echo preg_replace('/(?i)HELLO(?-i) World/', 'X', 'hello World hello world'), ' ', preg_replace('/^/m', '> ', "l1\nl2"), "\n";
echo preg_replace('/(\d+)/e', 'x', 'a1') ?? 'null', "\n";
echo preg_replace_callback('/\d+/', fn($m) => $m[0] * 2, 'a1 b22 c333', -1, $count, PREG_OFFSET_CAPTURE === 256 ? 0 : 0), " $count\n";
echo preg_replace_callback('/(?<w>\w)(\w*)/', fn($m) => strtoupper($m['w']) . $m[2], 'the quick brown fox'), "\n";
preg_match('/(\d+)(?<suffix>px|em)?/', 'width: 100px', $mm, PREG_OFFSET_CAPTURE, 3); echo json_encode($mm), "\n";
echo preg_match('/\bcolou?r\b/i', 'The COLOR red'), preg_match('/^\p{Lu}/u', 'Éa'), preg_match('/^.$/su', "\n"), preg_match('/^.$/', "é"), "\n";
$csvLine = 'a,"b,c",d,"e ""q""",,f';
preg_match_all('/("([^"]*(?:""[^"]*)*)"|[^,]*)(,|$)/', $csvLine, $cells, PREG_SET_ORDER);
echo json_encode(array_map(fn($c) => isset($c[2]) && $c[1] !== '' && $c[1][0] === '"' ? str_replace('""', '"', $c[2]) : $c[1], array_slice($cells, 0, 6))), "\n";

--EXPECTF--
4
2024-05-01 ERROR db    connection refused (code=111) user=alice
2024-05-01 WARN  cache miss key=users:42
2024-05-01 INFO  http  GET /api/v1/items?id=7 200 12ms
2024-05-02 ERROR http  POST /login 500 340ms user=bob
ERROR,warn,INFO,ERROR 11
alice
111 200 500 340
code@52=111 user@62=alice key@112=users:42 id@176=7 user@246=bob 
array(4) {
  [0]=>
  string(2) "ac"
  [1]=>
  string(1) "a"
  [2]=>
  string(0) ""
  [3]=>
  string(1) "c"
}
array(4) {
  [0]=>
  string(2) "ac"
  [1]=>
  string(1) "a"
  [2]=>
  NULL
  [3]=>
  string(1) "c"
}
array(3) {
  [0]=>
  string(1) "a"
  ["x"]=>
  string(1) "a"
  [1]=>
  string(1) "a"
}
Grüße|Köln
9 Grüße|aus|Köln|naïve|café|ΑΒΓ
["caf","na","ve"]
Grüße aus Köln — naïve café, ΑΒΓ αβγ, [CJK]テキスト 123
abc_123_def_45_g
["a","\u00f1","b"]
["a"," , ","b",";","c"," ,",", ","d"]
["hello","world","foo,bar"]
[["a",0],["b",2],["",4],["c",5]]
Hello WORLD! 3 items, ?missing, len=5
world hello! xbxA 2
cc ["a#","b##","c"]
{"0":"1","2":"22"}{"1":"a"}
Hello\.World\?\(1\+1\=2\)\[a\]\{b\}\^\$\|\\\/\#

Fatal error: Uncaught Error: Call to undefined function mb_strtoupper() in %s/tests/php/programs/preg2.php:41
Stack trace:
#0 [internal function]: {closure}(Array)
#1 %s/tests/php/programs/preg2.php(41): preg_replace_callback('/[-_\\s]+(\\p{L})...', Object(Closure), 'hello_world-foo...')
#2 %s/tests/php/programs/preg2.php(42): {closure}('hello_world-foo...')
#3 {main}
  thrown in %s/tests/php/programs/preg2.php on line 41
