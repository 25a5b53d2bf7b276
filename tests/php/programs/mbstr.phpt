--TEST--
program: UTF-8 text without mbstring (preg /u, iconv, byte functions, escaping, encodings)
--FILE--
<?php
// UTF-8 text handled without mbstring: preg with /u, iconv, and byte functions.
function u_len(string $s): int { return preg_match_all('/./us', $s); }
function u_chars(string $s): array { return preg_split('//u', $s, -1, PREG_SPLIT_NO_EMPTY); }
function u_rev(string $s): string { return implode('', array_reverse(u_chars($s))); }
function u_sub(string $s, int $start, ?int $len = null): string { return implode('', array_slice(u_chars($s), $start, $len)); }
function u_pad(string $s, int $width, string $pad = ' '): string { return $s . str_repeat($pad, max(0, $width - u_len($s))); }

$words = ['Ünïcödé', 'naïve', 'café', 'Straße', '東京', 'Ελλάδα', 'émoji 😀', 'ÅNGSTRÖM', 'plain'];
foreach ($words as $w) {
    printf("%s| bytes=%2d chars=%2d rev=%s upper=%s lower=%s\n", u_pad($w, 10), strlen($w), u_len($w), u_rev($w), strtoupper($w), strtolower($w));
}
echo u_sub('Привет, мир', 8), '|', u_sub('Привет, мир', 0, 6), '|', u_sub('Привет', -3, 2), "\n";
var_dump(strpos('日本語テキスト', 'テ'), iconv_strpos('日本語テキスト', 'テ'), iconv_strlen('日本語'), iconv_substr('日本語テキスト', 2, 3), iconv_strrpos('abcabc', 'c'));
echo ucfirst('élan'), ' ', ucwords('hello wörld'), ' ', ucfirst('hello'), "\n";
echo str_pad('äb', 6, '-', STR_PAD_BOTH), '|', sprintf('[%6s]', 'äb'), '|', sprintf('[%-6s]', 'äb'), "\n";
echo wordwrap('Ünïcödé strings are fun to wrap', 10, "\n", true), "\n";
var_dump(preg_match("//u", "\xC3\xA9"));
echo iconv('UTF-8', 'ISO-8859-1', 'café') === "caf\xE9" ? "latin1 ok\n" : "latin1 bad\n";
echo iconv('ISO-8859-1', 'UTF-8', "caf\xE9"), ' ', utf8_encode("caf\xE9"), ' ', bin2hex(utf8_decode('café')), "\n";
echo bin2hex('é'), ' ', bin2hex(u_sub('éa', 0, 1)), ' ', ord('é'), ' ', IntlChar_free_ord('é'), ' ', chr(65), "\n";
function IntlChar_free_ord(string $c): int { $b = unpack('C*', $c); return count($b) === 2 ? (($b[1] & 0x1F) << 6) | ($b[2] & 0x3F) : $b[1]; }
print_r(u_chars('añb'));
echo preg_replace('/\p{L}/u', '*', 'a1ñ2東'), ' ', preg_match_all('/./u', 'añ東'), ' ', preg_replace('/\s+/u', '_', "a\u{00A0}b c"), "\n";
echo preg_replace_callback('/\b(\w)(\w*)\b/u', fn($m) => strtoupper($m[1]) . $m[2], 'élan vital über alles'), "\n";
preg_match('/(?<word>\p{Lu}\p{Ll}+)/u', 'les Éléphants roses', $m); echo $m['word'], ' ', strlen($m['word']), "\n";
echo strrev('abc'), ' ', str_word_count('héllo wörld'), ' ', ucwords('ça va'), "\n";
echo htmlspecialchars('<café & "thé">'), ' ', htmlentities('café'), ' ', html_entity_decode('&euro;&hellip;&eacute;'), ' ', htmlspecialchars("bad \xC3 byte"), '|', htmlspecialchars("bad \xC3 byte", ENT_SUBSTITUTE), "\n";
echo urlencode('café & thé/?'), ' ', rawurlencode('a b+c'), ' ', urldecode('caf%C3%A9+x'), ' ', base64_encode('日本'), ' ', base64_decode('5pel5pys'), "\n";
echo json_encode('é東😀'), ' ', json_encode('é東😀', JSON_UNESCAPED_UNICODE), ' ', json_decode('"\u00e9\u6771"'), "\n";
$sorted = $words; sort($sorted); echo implode(' ', $sorted), "\n";
$sorted = $words; sort($sorted, SORT_STRING | SORT_FLAG_CASE); echo implode(' ', $sorted), "\n";
$sorted = $words; usort($sorted, fn($a, $b) => u_len($a) <=> u_len($b) ?: strcmp($a, $b)); echo implode(' ', $sorted), "\n";
echo substr_count('ababab', 'ab'), ' ', substr_count('日日日', '日'), ' ', similar_text('café', 'cafe'), ' ', levenshtein('café', 'cafe'), ' ', soundex('Tymczak'), ' ', metaphone('Knight'), "\n";
echo trim("  \u{00A0}x\u{00A0} "), '|', trim("\t\n x \0"), '|', trim("xxhixx", 'x'), '|', rtrim("1.500", '0'), "\n";
echo iconv('UTF-8', 'ASCII//IGNORE', 'abc'), ' ', strlen(iconv('UTF-8', 'UTF-16LE', 'añ')), "\n";
echo number_format(1234.5, 2, ',', '.'), ' ', number_format(1234.5, 2, '·', ' '), ' ', number_format(-0.5), ' ', number_format(0.129, 2), "\n";
echo implode(',', str_split('abcdef', 4)), ' ', implode(',', array_map('bin2hex', str_split('añ', 1))), "\n";
echo strtr('äöü', ['ä' => 'ae', 'ö' => 'oe', 'ü' => 'ue']), ' ', str_replace(['é', 'è'], 'e', 'élève'), ' ', str_ireplace('CAFÉ', 'tea', 'café CAFÉ'), "\n";
echo lcfirst('ABC'), ' ', nl2br("a\r\nb"), ' ', quotemeta('1+1=2?'), ' ', addcslashes("foo[bar]", 'A..Z'), ' ', stripslashes('a\\\'b'), ' ', stripcslashes('a\tb\x41'), "\n";
echo chunk_split('abcdefg', 3, '|'), ' ', strpbrk('This is a test', 'st'), ' ', strspn('42 apples', '0123456789'), ' ', strcspn('abcd', 'cd'), "\n";
echo substr('hello', -3, 2), substr('abc', 5) === '' ? ' empty' : ' x', ' ', strstr('user@host', '@', true), ' ', strrchr('a/b/c', '/'), ' ', stristr('HayStack', 'st'), ' ', ucfirst(strtolower('ÉCOLE')), "\n";
echo sprintf("%'.10d|%-10d|%10.3F|%s|%5.2s|", 42, -42, 1234.5678, true, 'été'), "\n";
echo strval(0.1 + 0.2), ' ', (string)1e20, ' ', 1e21 . '', ' ', 0.00001 . '', ' ', -1.5e-9 . '', "\n";
echo str_word_count("Mary's lamb-chop is nice"), ' ', implode('|', str_word_count("Mary's lamb-chop is nice", 1)), "\n";
echo vsprintf('%04d-%02d-%02d', explode('-', '2024-3-7')), ' ', sprintf('%08.3f', -3.14159), ' ', sprintf('%-8s|', 'ab'), ' ', sprintf('%u', -1), "\n";
echo bin2hex(pack('nvN', 258, 258, 1)), ' ', implode(',', unpack('n2a/Cb', "\x01\x02\x03\x04\x05")), ' ', md5('héllo'), ' ', crc32('héllo'), ' ', sha1(''), "\n";
--EXPECTF--
Ünïcödé   | bytes=11 chars= 7 rev=édöcïnÜ upper=ÜNïCöDé lower=Ünïcödé
naïve     | bytes= 6 chars= 5 rev=evïan upper=NAïVE lower=naïve
café      | bytes= 5 chars= 4 rev=éfac upper=CAFé lower=café
Straße    | bytes= 7 chars= 6 rev=eßartS upper=STRAßE lower=straße
東京        | bytes= 6 chars= 2 rev=京東 upper=東京 lower=東京
Ελλάδα    | bytes=12 chars= 6 rev=αδάλλΕ upper=Ελλάδα lower=Ελλάδα
émoji 😀   | bytes=11 chars= 7 rev=😀 ijomé upper=éMOJI 😀 lower=émoji 😀
ÅNGSTRÖM  | bytes=10 chars= 8 rev=MÖRTSGNÅ upper=ÅNGSTRÖM lower=ÅngstrÖm
plain     | bytes= 5 chars= 5 rev=nialp upper=PLAIN lower=plain
мир|Привет|ве
int(9)
int(3)
int(3)
string(9) "語テキ"
int(5)
élan Hello Wörld Hello
-äb--|[   äb]|[äb   ]
Ünïcöd�
� strings
are fun to
wrap
int(1)
latin1 ok
café 
Deprecated: Function utf8_encode() is deprecated in %s/tests/php/programs/mbstr.php on line 20
café 
Deprecated: Function utf8_decode() is deprecated in %s/tests/php/programs/mbstr.php on line 20
636166e9
c3a9 c3a9 195 233 A
Array
(
    [0] => a
    [1] => ñ
    [2] => b
)
*1*2* 3 a_b_c
élan Vital über Alles
Éléphants 11
cba 4 ça Va
&lt;café &amp; &quot;thé&quot;&gt; caf&eacute; €…é bad � byte|bad � byte
caf%C3%r%%rA9+%26+th%C3%r%%rA9%2F%3F a%20b%2Bc café x 5pel5pys 日本
"\u00e9\u6771\ud83d\ude00" "é東😀" é東
Straße café naïve plain ÅNGSTRÖM Ünïcödé émoji 😀 Ελλάδα 東京
café naïve plain Straße ÅNGSTRÖM Ünïcödé émoji 😀 Ελλάδα 東京
東京 café naïve plain Straße Ελλάδα Ünïcödé émoji 😀 ÅNGSTRÖM
3 3 3 2 T522 NFT
 x |x|hi|1.5
abc 4
1.234,50 1 234·50 -1 0.13
abcd,ef 61,c3,b1
aeoeue eleve café tea
aBC a<br />
b 1\+1=2\? foo[bar] a'b a	bA
abc|def|g| s is a test 2 2
ll empty user /c Stack École
........42|-42       |  1234.568|1|   é|
0.3 1.0E+20 1.0E+21 1.0E-5 -1.5E-9
4 Mary's|lamb-chop|is|nice
2024-03-07 -003.142 ab      | 18446744073709551615
0102020100000001 258,772,5 be50e8478cf24ff3595bc7307fb91b50 2654700086 da39a3ee5e6b4b0d3255bfef95601890afd80709
