--TEST--
program: multibyte UTF-8 strings (mb_*, byte vs char functions, escaping, encodings)
--FILE--
<?php
$words = ['Ünïcödé', 'naïve', 'café', 'Straße', '東京', 'Ελλάδα', 'émoji 😀', 'ÅNGSTRÖM'];
foreach ($words as $w) {
    printf("%-12s bytes=%2d chars=%2d upper=%s lower=%s rev=%s\n", $w, strlen($w), mb_strlen($w), mb_strtoupper($w), mb_strtolower($w), implode('', array_reverse(mb_str_split($w))));
}
echo mb_substr('Привет, мир', 8), '|', mb_substr('Привет, мир', 0, 6), '|', mb_substr('Привет', -3, 2), "\n";
var_dump(mb_strpos('日本語テキスト', 'テ'), strpos('日本語テキスト', 'テ'), mb_stripos('ÄBC', 'bc'), mb_strrpos('abcabc', 'c'));
echo mb_str_pad_polyfill('äb', 5, '*'), "\n";
function mb_str_pad_polyfill(string $s, int $len, string $pad): string { return $s . str_repeat($pad, max(0, $len - mb_strlen($s))); }
echo ucfirst('élan'), ' ', mb_convert_case('hello wörld', MB_CASE_TITLE), ' ', ucwords('hello wörld'), "\n";
echo strtoupper('straße'), ' ', mb_strtoupper('straße'), "\n";
echo str_pad('äb', 6, '-', STR_PAD_BOTH), '|', sprintf('[%6s]', 'äb'), '|', sprintf('[%-6s]', 'äb'), "\n";
echo wordwrap('Ünïcödé strings are fun to wrap', 10, "\n", true), "\n";
echo mb_strwidth('日本a'), ' ', mb_strimwidth('Hello World', 0, 8, '...'), "\n";
var_dump(mb_check_encoding("\xC3\xA9", 'UTF-8'), mb_check_encoding("\xC3", 'UTF-8'), mb_detect_encoding('abc'), mb_internal_encoding());
echo mb_convert_encoding('café', 'ISO-8859-1', 'UTF-8') === "caf\xE9" ? "latin1 ok\n" : "latin1 bad\n";
echo utf8_decode('café') === "caf\xE9" ? "utf8_decode ok\n" : "bad\n";
echo bin2hex('é'), ' ', bin2hex(mb_substr('éa', 0, 1)), ' ', ord('é'), ' ', mb_ord('é'), ' ', mb_chr(0x1F600), ' ', chr(65), "\n";
print_r(preg_split('//u', 'añb', -1, PREG_SPLIT_NO_EMPTY));
echo preg_replace('/\p{L}/u', '*', 'a1ñ2東'), ' ', preg_match_all('/./u', 'añ東'), ' ', preg_match_all('/./', 'añ東'), "\n";
echo strrev('abc'), ' ', str_word_count('héllo wörld'), ' ', ucwords('ça va'), "\n";
echo htmlspecialchars('<café & "thé">'), ' ', htmlentities('café'), ' ', html_entity_decode('&euro;&hellip;'), "\n";
echo urlencode('café & thé/?'), ' ', rawurlencode('a b+c'), ' ', urldecode('caf%C3%A9+x'), ' ', base64_encode('日本'), ' ', base64_decode('5pel5pys'), "\n";
echo json_encode('é東😀'), ' ', json_encode('é東😀', JSON_UNESCAPED_UNICODE), "\n";
$sorted = $words;
sort($sorted);
echo implode(' ', $sorted), "\n";
$sorted = $words;
usort($sorted, fn($a, $b) => strcmp(mb_strtolower($a), mb_strtolower($b)));
echo implode(' ', $sorted), "\n";
echo substr_count('ababab', 'ab'), ' ', mb_substr_count('日日日', '日'), ' ', similar_text('café', 'cafe'), ' ', levenshtein('café', 'cafe'), "\n";
echo trim("  \u{00A0}x\u{00A0} "), '|', trim("\t\n x \0"), '|', "\n";
echo mb_strtoupper('ǆ'), mb_strtolower('ΣΑΣ'), ' ', mb_convert_case('ǆemal', MB_CASE_TITLE), "\n";
echo iconv('UTF-8', 'ASCII//TRANSLIT', 'abc'), ' ', iconv_strlen('日本'), "\n";
echo number_format(1234.5, 2, ',', '.'), ' ', number_format(1234.5, 2, '·', ' '), "\n";
echo sprintf('%05.1f|%-7s|%07.2f|%+.1e', 9.96, 'ab', -3.14159, 0.000123), "\n";
echo implode(',', str_split('abcdef', 4)), ' ', implode(',', mb_str_split('añbç', 3)), "\n";
echo strtr('äöü', ['ä' => 'ae', 'ö' => 'oe', 'ü' => 'ue']), ' ', str_replace(['é', 'è'], 'e', 'élève'), "\n";
echo lcfirst('ABC'), ' ', nl2br("a\r\nb"), ' ', quotemeta('1+1=2?'), ' ', addcslashes("foo[bar]", 'A..Z'), ' ', stripslashes('a\\\'b'), "\n";
echo chunk_split('abcdefg', 3, '|'), ' ', strpbrk('This is a test', 'st'), ' ', strspn('42 apples', '0123456789'), ' ', strcspn('abcd', 'cd'), "\n";
echo substr('hello', -3, 2), substr('abc', 5) === '' ? ' empty' : ' x', ' ', strstr('user@host', '@', true), ' ', strrchr('a/b/c', '/'), ' ', stristr('HayStack', 'st'), "\n";
echo str_contains('abc', ''), str_starts_with('abc', 'ab'), str_ends_with('abc', 'bc') ? 'T' : 'F', "\n";
echo sprintf("%'.10d|%-10d|%10.3F|%s", 42, -42, 1234.5678, true), "\n";
echo strval(0.1 + 0.2), ' ', (string)1e20, ' ', 1e21 . '', ' ', 0.00001 . '', ' ', -1.5e-9 . '', "\n";
--EXPECTF--
Fatal error: Uncaught Error: Call to undefined function mb_strlen() in %s/tests/php/programs/mbstr.php:4
Stack trace:
#0 {main}
  thrown in %s/tests/php/programs/mbstr.php on line 4
