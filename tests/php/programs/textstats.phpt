--TEST--
program: text statistics (str_word_count, preg_*, usort/arsort/array_multisort, printf padding, number_format)
--FILE--
<?php
$text = <<<TXT
The quick brown fox jumps over the lazy dog. The dog, being lazy, did not react!
A second paragraph: numbers like 3.14, 42 and 1,000 appear here; e-mail me at someone@example.com.
"Quoted words" and it's contractions don't-break the counter? Maybe... maybe not.
Finally, the END of the text -- with UPPER case, MiXeD case and trailing   spaces.   
TXT;

echo "Characters: ", strlen($text), "\n";
echo "Words (str_word_count): ", str_word_count($text), "\n";
echo "Lines: ", substr_count($text, "\n") + 1, "\n";
$sentences = preg_split('/(?<=[.!?])\s+/', trim($text), -1, PREG_SPLIT_NO_EMPTY);
echo "Sentences: ", count($sentences), "\n";
foreach ($sentences as $i => $s) {
    printf("%2d. %-50.50s|%3d\n", $i + 1, $s, strlen($s));
}

$words = str_word_count(strtolower($text), 1);
$freq = array_count_values($words);
arsort($freq);
echo "\nTop words (arsort):\n";
foreach (array_slice($freq, 0, 8, true) as $w => $n) {
    echo str_pad($w, 12, '.'), str_pad((string)$n, 4, ' ', STR_PAD_LEFT), "\n";
}

// stable sort by count desc then word asc
$pairs = [];
foreach ($freq as $w => $n) $pairs[] = ['w' => $w, 'n' => $n];
usort($pairs, fn($a, $b) => [$b['n'], $a['w']] <=> [$a['n'], $b['w']]);
echo implode(', ', array_map(fn($p) => "{$p['w']}={$p['n']}", array_slice($pairs, 0, 10))), "\n";

// array_multisort
$ws = array_keys($freq);
$cs = array_values($freq);
$lens = array_map('strlen', $ws);
array_multisort($lens, SORT_DESC, SORT_NUMERIC, $ws, SORT_ASC, SORT_STRING, $cs);
echo "Longest: ", implode(' ', array_slice($ws, 0, 5)), "\n";

// preg
preg_match_all('/\b(\d+(?:[.,]\d+)?)\b/', $text, $m);
print_r($m[1]);
if (preg_match('/(?P<user>\w+)@(?P<host>[\w.]+)/', $text, $mm)) {
    echo "user={$mm['user']} host={$mm['host']}\n";
}
echo preg_replace_callback('/\b([A-Z]{2,})\b/', fn($m) => ucfirst(strtolower($m[1])), "the END and UPPER and OK"), "\n";
echo preg_replace('/\s+/', ' ', "  many   spaces\t\there \n"), "|\n";
var_dump(preg_match('/^\p{Lu}/u', 'Élan'));
print_r(preg_split('/[\s,]+/', "a, b  c,d", -1, PREG_SPLIT_OFFSET_CAPTURE));
print_r(preg_grep('/^\d+$/', ['1', 'a', '22', 'b3']));
echo preg_quote("Hello.World?(1+1)"), "\n";

// ucwords / wordwrap / similar_text / levenshtein / soundex / metaphone
echo ucwords("hello world-foo bar_baz"), "\n";
echo ucwords("hello world-foo", " -"), "\n";
echo wordwrap("The quick brown fox sat over the lazy dog", 15, "\n", true), "\n";
echo wordwrap("A very long woooooooooooord.", 8, "\n", true), "\n";
echo wordwrap("A very long woooooooooooord.", 8), "\n";
similar_text("World", "Word", $pct);
printf("similar: %.4f%%\n", $pct);
echo levenshtein("kitten", "sitting"), ' ', soundex("Robert"), ' ', metaphone("Thompson"), "\n";
echo number_format(1234567.891), ' ', number_format(1234567.891, 2), ' ', number_format(0.5), ' ', number_format(-1234.567, 2, ',', ' '), "\n";
printf("[%'*10s] [%-10s] [%05d] [%5.1f] [%x] [%o] [%b] [%e] [%+d] [%u]\n", "pad", "left", 42, 3.14159, 255, 8, 5, 12345.678, 7, 3);
printf("[%10.4f] [%-10.2f] [%'010d] [%c] [%%] [%5s] [%-5s|]\n", M_PI, -2.5, -42, 65, "abcdefg", "ab");
echo sprintf("%08.3f|%.0f|%.1f|%g|%G", 3.14159, 2.5, 0.05, 0.00001234, 1e20), "\n";
echo sprintf('%2$s %1$s %2$s', 'a', 'b'), "\n";
echo str_repeat('-', 20), "\n";
echo strrev("stressed"), ' ', str_word_count("Hello fri3nd, you're looking good today!"), "\n";
print_r(str_word_count("Hello fri3nd, you're looking", 2));
print_r(count_chars("abracadabra", 1));
echo count_chars("abracadabra", 3), "\n";
echo nl2br("a\nb"), ' ', strip_tags("<b>bold</b> <i>it</i>"), ' ', addslashes("O'Re\"il"), "\n";
echo ucfirst(trim("  xyz  ")), lcfirst("ABC"), ' ', rtrim("1.5000", "0"), ' ', ltrim("0012", "0"), "\n";
echo substr_replace("Hello", "J", 0, 1), ' ', str_pad("5", 3, "0", STR_PAD_LEFT), ' ', strtr("Hi all", ["Hi" => "Hello", "all" => "world"]), "\n";
var_dump(strcmp("a", "b"), strcasecmp("HELLO", "hello"), strncmp("abcd", "abef", 2), strnatcmp("img12", "img10"), strnatcasecmp("A1", "a2"));
$list = ["img12.png", "img10.png", "IMG2.png", "img1.png"];
natcasesort($list);
print_r($list);
sort($list, SORT_NATURAL | SORT_FLAG_CASE);
print_r($list);
--EXPECT--
Characters: 347
Words (str_word_count): 56
Lines: 4
Sentences: 7
 1. The quick brown fox jumps over the lazy dog.      | 44
 2. The dog, being lazy, did not react!               | 35
 3. A second paragraph: numbers like 3.14, 42 and 1,00| 98
 4. "Quoted words" and it's contractions don't-break t| 61
 5. Maybe...                                          |  8
 6. maybe not.                                        | 10
 7. Finally, the END of the text -- with UPPER case, M| 82

Top words (arsort):
the.........   6
and.........   3
lazy........   2
dog.........   2
not.........   2
maybe.......   2
case........   2
quick.......   1
the=6, and=3, case=2, dog=2, lazy=2, maybe=2, not=2, --=1, a=1, appear=1
Longest: contractions don't-break paragraph trailing counter
Array
(
    [0] => 3.14
    [1] => 42
    [2] => 1,000
)
user=someone host=example.com.
the End and Upper and Ok
 many spaces here |
int(1)
Array
(
    [0] => Array
        (
            [0] => a
            [1] => 0
        )

    [1] => Array
        (
            [0] => b
            [1] => 3
        )

    [2] => Array
        (
            [0] => c
            [1] => 6
        )

    [3] => Array
        (
            [0] => d
            [1] => 8
        )

)
Array
(
    [0] => 1
    [2] => 22
)
Hello\.World\?\(1\+1\)
Hello World-foo Bar_baz
Hello World-Foo
The quick brown
fox sat over
the lazy dog
A very
long
wooooooo
ooooord.
A very
long
woooooooooooord.
similar: 88.8889%
3 R163 0MPSN
1,234,568 1,234,567.89 1 -1 234,57
[*******pad] [left      ] [00042] [  3.1] [ff] [10] [101] [1.234568e+4] [+7] [3]
[    3.1416] [-2.50     ] [-000000042] [A] [%] [abcdefg] [ab   |]
0003.142|2|0.1|1.234e-5|1.0E+20
b a b
--------------------
desserts 7
Array
(
    [0] => Hello
    [6] => fri
    [10] => nd
    [14] => you're
    [21] => looking
)
Array
(
    [97] => 5
    [98] => 2
    [99] => 1
    [100] => 1
    [114] => 2
)
abcdr
a<br />
b bold it O\'Re\"il
XyzaBC 1.5 12
Jello 005 Hello world
int(-1)
int(0)
int(0)
int(1)
int(-1)
Array
(
    [3] => img1.png
    [2] => IMG2.png
    [1] => img10.png
    [0] => img12.png
)
Array
(
    [0] => img1.png
    [1] => IMG2.png
    [2] => img10.png
    [3] => img12.png
)
