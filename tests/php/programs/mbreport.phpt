--TEST--
program: multibyte report: mb_* functions, display-width alignment, case mapping, slugs, entities
--FILE--
<?php
// String-heavy report with multibyte input: mb_* functions, alignment by display width, case folding, transliteration-free slugging
$rows = [
    ['name' => 'Zoë Ångström', 'city' => 'Malmö', 'bio' => 'Ägare av ett café i gamla stan; älskar kaffe ☕ och böcker.', 'amount' => 1234.5],
    ['name' => 'Jürgen Weiß', 'city' => 'München', 'bio' => 'Straße für Straße — ein Spaziergänger.', 'amount' => -87.25],
    ['name' => '山田 太郎', 'city' => '東京', 'bio' => '日本語のテキストを含む長い自己紹介文です。', 'amount' => 1000000],
    ['name' => 'Αλέξανδρος', 'city' => 'Αθήνα', 'bio' => 'ΦΙΛΟΣΟΦΟΣ και μαθηματικός', 'amount' => 0.5],
    ['name' => 'Ólafur Þór', 'city' => 'Reykjavík', 'bio' => 'ÞÆÐ are letters; ﬁ is a ligature', 'amount' => 42],
    ['name' => 'Łukasz Żółć', 'city' => 'Łódź', 'bio' => 'Zażółć gęślą jaźń', 'amount' => 3.14159],
];
function width(string $s): int { return mb_strwidth($s); }
function pad(string $s, int $w, int $type = STR_PAD_RIGHT): string {
    $gap = max(0, $w - width($s));
    return match ($type) { STR_PAD_LEFT => str_repeat(' ', $gap) . $s, STR_PAD_BOTH => str_repeat(' ', intdiv($gap, 2)) . $s . str_repeat(' ', $gap - intdiv($gap, 2)), default => $s . str_repeat(' ', $gap) };
}
$cols = ['name' => 16, 'city' => 10, 'amount' => 14];
echo '+', implode('+', array_map(fn($w) => str_repeat('-', $w + 2), $cols)), "+\n";
echo '|', implode('|', array_map(fn($k, $w) => ' ' . pad(mb_strtoupper($k), $w, STR_PAD_BOTH) . ' ', array_keys($cols), $cols)), "|\n";
foreach ($rows as $r) {
    echo '| ', pad(mb_strimwidth($r['name'], 0, 16, '…'), 16), ' | ', pad($r['city'], 10), ' | ', pad(number_format($r['amount'], 2, ',', ' '), 14, STR_PAD_LEFT), " |\n";
}
foreach ($rows as $r) {
    $b = $r['bio'];
    printf("%s: len=%d bytes=%d width=%d upper=%s lower=%s title=%s\n", $r['name'], mb_strlen($b), strlen($b), mb_strwidth($b), mb_strtoupper(mb_substr($b, 0, 8)), mb_strtolower(mb_substr($b, 0, 8)), mb_convert_case(mb_substr($b, 0, 12), MB_CASE_TITLE));
    echo '  rev=', implode('', array_reverse(mb_str_split(mb_substr($b, 0, 10)))), ' first=', mb_substr($b, 0, 1), ' last=', mb_substr($b, -1), ' pos(ö)=', var_export(mb_strpos($b, 'ö'), true), ' ipos(ä)=', var_export(mb_stripos($b, 'Ä'), true), "\n";
    echo '  words=', json_encode(preg_split('/[\s,;.—]+/u', $b, -1, PREG_SPLIT_NO_EMPTY), JSON_UNESCAPED_UNICODE), "\n";
}
function slug(string $s): string {
    $map = ['ä' => 'ae', 'ö' => 'oe', 'ü' => 'ue', 'ß' => 'ss', 'å' => 'a', 'ø' => 'o', 'æ' => 'ae', 'þ' => 'th', 'ð' => 'd', 'ł' => 'l', 'ż' => 'z', 'ó' => 'o', 'ć' => 'c', 'ë' => 'e', 'ú' => 'u', 'á' => 'a', 'í' => 'i', 'ź' => 'z', 'ę' => 'e', 'ą' => 'a', 'ś' => 's', 'ń' => 'n'];
    $s = strtr(mb_strtolower($s), $map);
    return trim(preg_replace('/[^\p{L}\p{N}]+/u', '-', $s), '-');
}
foreach ($rows as $r) echo slug($r['name'] . ' ' . $r['city']), "\n";
echo mb_strtoupper('straße ﬁx ǆ'), ' ', mb_strtolower('ΣΊΣΥΦΟΣ İSTANBUL'), ' ', mb_convert_case('ǆemal hello', MB_CASE_TITLE), ' ', mb_convert_case('Straße', MB_CASE_FOLD), "\n";
echo ucfirst('élan'), ' ', ucwords('ärger über'), ' ', strtoupper('äbc'), ' ', strlen(utf8_decode('äbc')), "\n";
echo mb_substr_count('ababab', 'ab'), ' ', mb_strrpos('añoaño', 'ñ'), ' ', mb_strstr('user@exämple.com', '@', true), ' ', mb_strrchr('a/b/c', '/'), ' ', mb_stristr('HÉllo', 'él'), "\n";
echo mb_internal_encoding(), ' ', mb_substitute_character(), ' ', json_encode(mb_str_split('añ日', 1)), ' ', json_encode(mb_str_split('añ日本語', 2)), "\n";
echo mb_strimwidth('日本語テキスト', 0, 7, '...'), '|', mb_strimwidth('Hello World', 0, 8, '…'), '|', mb_strimwidth('abc', 0, 10), "\n";
echo mb_encode_numericentity('é日', [0x80, 0x10ffff, 0, 0x1fffff], 'UTF-8'), ' ', mb_decode_numericentity('&#233;&#26085;', [0x80, 0x10ffff, 0, 0x1fffff], 'UTF-8'), "\n";
echo htmlspecialchars('<ä & "ö">'), ' ', htmlentities('café <b>'), ' ', html_entity_decode('&eacute;&amp;&hellip;&#x263A;&nbsp;|'), ' ', strip_tags('<p>Hi <b>ö</b></p>'), "\n";
echo wordwrap('Ein sehr langer Satz mit Umlauten äöü der umgebrochen wird', 20, "\n", true), "\n";
echo str_pad('ä', 5, '*'), '|', sprintf('%-6s|%6s|', 'ö', 'ü'), sprintf('%.2s', 'äbc'), "\n";
echo mb_str_pad_exists(), "\n";
function mb_str_pad_exists(): string { return function_exists('mb_str_pad') ? 'has mb_str_pad' : 'no mb_str_pad'; }
echo mb_detect_encoding('plain'), ' ', mb_detect_encoding("caf\xc3\xa9", ['ASCII', 'UTF-8']), ' ', var_export(mb_detect_encoding("\xff\xfe", ['UTF-8'], true), true), "\n";
echo iconv('UTF-8', 'ASCII//TRANSLIT', 'ok'), ' ', mb_convert_encoding('Ωmega', 'HTML-ENTITIES', 'UTF-8') ?? '', "\n";
$sorted = array_column($rows, 'name'); sort($sorted); echo implode(' | ', $sorted), "\n";
usort($sorted, fn($a, $b) => strcmp(mb_strtolower($a), mb_strtolower($b))); echo implode(' | ', $sorted), "\n";
$freq = array_count_values(mb_str_split(mb_strtolower(preg_replace('/\P{L}/u', '', implode('', array_column($rows, 'bio'))))));
arsort($freq); echo json_encode(array_slice($freq, 0, 8, true), JSON_UNESCAPED_UNICODE), "\n";

--EXPECTF--
+------------------+------------+----------------+
|
Fatal error: Uncaught Error: Call to undefined function mb_strtoupper() in %s/tests/php/programs/mbreport.php:18
Stack trace:
#0 [internal function]: {closure}('name', 16)
#1 %s/tests/php/programs/mbreport.php(18): array_map(Object(Closure), Array, Array)
#2 {main}
  thrown in %s/tests/php/programs/mbreport.php on line 18
