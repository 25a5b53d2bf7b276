--TEST--
program: UTF-8 text report without mbstring (preg with /u and Unicode properties, iconv_* functions, byte-oriented string functions on multibyte input, html entities, json escapes, url/base64/quoted-printable, sorting accented words)
--FILE--
<?php
declare(strict_types=1);

$text = <<<TXT
Ça va? Déjà vu — l'été à Zürich: 3 cafés, 2 crème brûlées, 1 naïve façade.
Ελληνικά κείμενα και 日本語のテキスト mixed with ASCII words, emoji 😀👍 too.
Ünïcödé ẞtraße: STRASSE vs straße; İstanbul ıi; Ǆemal.
TXT;

function utf8_len(string $s): int
{
    return iconv_strlen($s, 'UTF-8');
}

echo 'bytes=', strlen($text), ' chars=', utf8_len($text), ' lines=', substr_count($text, "\n") + 1, "\n";
$words = preg_split('/[^\p{L}\p{N}\']+/u', $text, -1, PREG_SPLIT_NO_EMPTY);
echo 'words=', count($words), "\n";
$lengths = array_map('utf8_len', $words);
array_multisort($lengths, SORT_DESC, $words);
echo 'longest: ', implode(', ', array_slice($words, 0, 4)), "\n";
preg_match_all('/\p{Lu}\p{Ll}+/u', $text, $m);
echo 'capitalised: ', implode(' ', $m[0]), "\n";
preg_match_all('/[\x{1F600}-\x{1F64F}\x{1F44D}]/u', $text, $em);
echo 'emoji: ', implode('', $em[0]), ' (', count($em[0]), ")\n";
echo 'greek: ', preg_replace('/[^\p{Greek}\s]/u', '', explode("\n", $text)[1]), "|\n";
echo 'han+kana: ', implode('', preg_split('/(?<!^)(?!$)/u', '日本語の')), ' ', json_encode(preg_split('//u', 'añb', -1, PREG_SPLIT_NO_EMPTY)), "\n";

echo "== iconv ==\n";
echo iconv_substr('Déjà vu', 0, 4, 'UTF-8'), '|', iconv_strpos('l\'été à Zürich', 'Z', 0, 'UTF-8'), '|', iconv_strrpos('aéaé', 'é', 'UTF-8'), "\n";
echo iconv('UTF-8', 'ISO-8859-1//TRANSLIT', 'café') === "caf\xE9" ? "latin1 ok\n" : "latin1 differs\n";
echo bin2hex(iconv('UTF-8', 'UTF-16BE', 'Aé')), ' ', iconv('ISO-8859-1', 'UTF-8', "\xC7a"), "\n";
echo @iconv('UTF-8', 'ASCII//IGNORE', 'naïve café') ?: 'false', "\n";

echo "== byte functions on UTF-8 ==\n";
echo strtoupper('éa'), ' ', ucfirst('élan'), ' ', ucwords('été à zürich'), ' ', strlen('€'), ' ', strrev('abc'), ' ', str_pad('é', 5, '*'), '|', "\n";
echo substr('Déjà', 0, 3), '|', wordwrap('Déjà vu déjà vu', 6, "\n", true), "\n";
echo htmlspecialchars("Zoë & <b>"), ' ', htmlentities('Zoë €'), ' ', html_entity_decode('&Ccedil;a&nbsp;va&#8230;&hearts;'), "\n";
echo json_encode('Zoë 😀'), ' ', json_encode('Zoë 😀', JSON_UNESCAPED_UNICODE), ' ', json_decode('"\u00e9\ud83d\ude00"'), "\n";
echo rawurlencode('é/ü ?'), ' ', urlencode('é/ü ?&='), ' ', urldecode('%C3%A9+x'), ' ', base64_encode('ünïcödé'), "\n";
echo quoted_printable_encode('façade=1'), ' ', addcslashes("tab\there é", "\t\0..\37!@\177..\377"), "\n";
echo strtolower('ÀÉÎ ABC'), ' ', lcfirst('Éa'), ' ', ucfirst('ßa'), ' ', nl2br("é\n"), "\n";
var_dump(preg_match('/^\w+$/u', 'façade'), preg_match('/^\w+$/', 'façade'), preg_match('/./u', "\xff"), preg_last_error_msg());
echo sprintf('[%-8s][%8s]', 'é', 'ü'), ' ', str_word_count('Déjà vu'), ' ', ucwords('o\'neil mc-donald', " -'"), "\n";
echo similar_text('Zürich', 'Zurich'), ' ', levenshtein('Zürich', 'Zurich'), ' ', soundex('Tymczak'), ' ', metaphone('Knight'), "\n";
$collator_free = ['été', 'ete', 'Été', 'eté', 'zèbre', 'Zoo'];
sort($collator_free);
echo implode(',', $collator_free), ' | ';
sort($collator_free, SORT_FLAG_CASE | SORT_STRING);
echo implode(',', $collator_free), "\n";
echo count_chars('abracadabra', 3), ' ', json_encode(array_slice(count_chars('hello', 1), 0, null, true)), "\n";
echo strtr('Ça', ['Ç' => 'C']), ' ', str_replace(['é', 'è'], 'e', 'éèe', $cnt), " $cnt ", substr_count('ééé', 'é'), ' ', ucfirst(trim('  ñ  ')), "\n";
printf("%'*10s|%-10s|%u\n", 'é', 'ü', -1);
echo implode(' ', str_split(bin2hex('é€😀'), 2)), "\n";
echo mb_internal_encoding_free(), "\n";
function mb_internal_encoding_free(): string { return function_exists('mb_strlen') ? 'mbstring present' : 'no mbstring'; }
--EXPECT--
bytes=263 chars=197 lines=3
words=33
longest: İstanbul, Ελληνικά, 日本語のテキスト, STRASSE
capitalised: Ça Déjà Zürich Ελληνικά Ünïcödé ẞtraße İstanbul Ǆemal
emoji: 😀👍 (2)
greek: Ελληνικά κείμενα και        |
han+kana: 日本語の ["a","\u00f1","b"]
== iconv ==
Déjà|8|3
latin1 ok
004100e9 Ça
nave caf
== byte functions on UTF-8 ==
éA élan été à Zürich 3 cba é***|
Dé|Déjà
vu
déjà
vu
Zoë &amp; &lt;b&gt; Zo&euml; &euro; Ça va…♥
"Zo\u00eb \ud83d\ude00" "Zoë 😀" é😀
%C3%A9%2F%C3%BC%20%3F %C3%A9%2F%C3%BC+%3F%26%3D é x w7xuw69jw7Zkw6k=
fa=C3=A7ade=3D1 tab\there \303\251
ÀÉÎ abc Éa ßa é<br />

int(1)
int(0)
bool(false)
string(56) "Malformed UTF-8 characters, possibly incorrectly encoded"
[é      ][      ü] 3 O'Neil Mc-Donald
5 2 T522 NFT
Zoo,ete,eté,zèbre,Été,été | ete,eté,Zoo,zèbre,Été,été
abcdr {"101":1,"104":1,"108":2,"111":1}
Ca eee 2 3 ñ
********é|ü        |18446744073709551615
c3 a9 e2 82 ac f0 9f 98 80
no mbstring
