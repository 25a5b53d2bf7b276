--TEST--
program: log processing (named groups, preg_match_all set order, offsets, unmatched as null, lookarounds, callbacks, word frequencies with uksort, sscanf, string utilities)
--FILE--
<?php
$log = <<<LOG
2024-03-01 08:15:02 INFO  [auth] User alice logged in from 10.0.0.5
2024-03-01 08:17:45 WARN  [db] Slow query (1532 ms): SELECT * FROM orders
2024-03-01 09:01:13 ERROR [api] Timeout after 30s calling /v1/payments
2024-03-01 09:05:00 INFO  [auth] User bob logged in from 192.168.1.20
2024-03-01 09:30:59 ERROR [db] Deadlock detected on table "inventory"
2024-03-01 10:00:00 INFO  [cron] Nightly job finished in 4.25s
2024-03-02 11:11:11 WARN  [api] Rate limit at 95% for key=abc123
malformed line here
2024-03-02 12:00:00 INFO  [auth] User alice logged out
LOG;
$re = '/^(?<date>\d{4}-\d{2}-\d{2}) (?<time>[\d:]{8}) (?<level>[A-Z]+)\s+\[(?<mod>\w+)\] (?<msg>.*)$/';
$entries = []; $bad = 0;
foreach (explode("\n", $log) as $n => $line) {
    if (!preg_match($re, $line, $m)) { $bad++; fprintf(STDOUT, "skip line %d: %s\n", $n + 1, $line); continue; }
    $entries[] = array_intersect_key($m, array_flip(['date', 'time', 'level', 'mod', 'msg']));
}
printf("%d entries, %d bad\n", count($entries), $bad);
$byLevel = array_count_values(array_column($entries, 'level'));
arsort($byLevel);
foreach ($byLevel as $lvl => $c) echo str_pad($lvl, 6), str_repeat('#', $c), " $c\n";
$byDay = [];
foreach ($entries as $e) $byDay[$e['date']][$e['mod']] = ($byDay[$e['date']][$e['mod']] ?? 0) + 1;
print_r($byDay);
preg_match_all('/\b(\d+(?:\.\d+)?)\s*(ms|s)\b/', $log, $mm, PREG_SET_ORDER);
$ms = array_map(fn($x) => $x[2] === 's' ? (float)$x[1] * 1000 : (float)$x[1], $mm);
printf("durations: %s; max %.1f ms; avg %.2f ms\n", implode(', ', $ms), max($ms), array_sum($ms) / count($ms));
preg_match_all('/User (\w+) logged (in|out)/', $log, $users);
echo json_encode(array_map(null, $users[1], $users[2])), "\n";
$ips = preg_match_all('/\b(?:\d{1,3}\.){3}\d{1,3}\b/', $log, $ipm) ? $ipm[0] : [];
echo implode(' ', $ips), ' private=', count(array_filter($ips, fn($ip) => !filter_var($ip, FILTER_VALIDATE_IP, FILTER_FLAG_NO_PRIV_RANGE))), "\n";
echo preg_replace_callback('/key=(\w+)/', fn($m) => 'key=' . str_repeat('*', strlen($m[1]) - 2) . substr($m[1], -2), $entries[6]['msg']), "\n";
echo preg_replace(['/\bERROR\b/', '/\bWARN\b/'], ['E', 'W'], "ERROR WARN ERRORS"), "\n";
echo implode('|', preg_split('/\s*[,;]\s*/', 'a , b;c ;d', -1, PREG_SPLIT_NO_EMPTY)), ' ', implode('|', preg_split('/(-)/', 'a-b-c', 2, PREG_SPLIT_DELIM_CAPTURE)), "\n";
var_dump(preg_match('/(\d+)-(\d+)?-(\d+)/', '12--34', $g, PREG_UNMATCHED_AS_NULL), $g);
var_dump(preg_match('/(?<y>\d{4})/', 'in 2024!', $o, PREG_OFFSET_CAPTURE), $o['y']);
echo preg_replace('/(?<=\d)(?=(\d{3})+$)/', ',', '1234567'), ' ', preg_replace('/^\s+|\s+$/m', '', "  a  \n  b  "), ' ', preg_match('/^\p{Lu}+$/u', 'ÀÉÎ'), "\n";
echo ucwords(strtolower('HELLO WORLD-WIDE web')), ' ', ucwords('hello_world-foo bar', '_-'), ' ', wordwrap('A very long sentence that needs wrapping', 12, "\n", true), "\n";
$words = str_word_count(strtolower(preg_replace('/[^a-z\s]/i', ' ', $log)), 1);
$stop = ['in', 'at', 'on', 'for', 'from', 'after', 'the', 'of', 's', 'ms', 'key'];
$freq = array_count_values(array_diff($words, $stop));
uksort($freq, fn($a, $b) => $freq[$b] <=> $freq[$a] ?: strcmp($a, $b));
echo implode(' ', array_slice(array_map(fn($w, $c) => "$w:$c", array_keys($freq), $freq), 0, 8)), "\n";
echo sprintf('%-10s|%10s|%\'.10d|%-+5d|%05.1f|%5.1e', 'left', 'right', 42, 7, 2.345, 12345.678), "\n";
echo strtr("The cat sat on the mat", ['cat' => 'dog', 'mat' => 'rug', 'the' => 'a']), ' ', substr_replace('Hello World', 'PHP', 6, 5), ' ', substr_replace('abc', 'X', -1, 0), "\n";
echo nl2br("l1\nl2"), ' ', strip_tags('<p>Hello <b>World</b><br/></p>', '<b>'), ' ', html_entity_decode('&lt;a&gt; &amp;amp; &#39;q&#39;'), ' ', htmlspecialchars("O'Reilly & <Sons>", ENT_NOQUOTES), "\n";
echo levenshtein('flaw', 'lawn'), similar_text('World', 'Word', $p), round($p, 2), ' ', soundex('Robert') === soundex('Rupert') ? 'same' : 'diff', ' ', metaphone('Thompson'), ' ', str_word_count('Hello World again'), "\n";
echo implode(',', sscanf('age: 25 name: Bob', 'age: %d name: %s')), ' ', vsprintf('%2$s %1$s', ['a', 'b']), ' ', strncasecmp('Hello', 'hELP', 3), ' ', substr_compare('Hello', 'LLO', -3, 3, true), "\n";
--EXPECT--
skip line 8: malformed line here
8 entries, 1 bad
INFO  #### 4
WARN  ## 2
ERROR ## 2
Array
(
    [2024-03-01] => Array
        (
            [auth] => 2
            [db] => 2
            [api] => 1
            [cron] => 1
        )

    [2024-03-02] => Array
        (
            [api] => 1
            [auth] => 1
        )

)
durations: 1532, 30000, 4250; max 30000.0 ms; avg 11927.33 ms
[["alice","in"],["bob","in"],["alice","out"]]
10.0.0.5 192.168.1.20 private=2
Rate limit at 95% for key=****23
E W ERRORS
a|b|c|d a|-|b-c
int(1)
array(4) {
  [0]=>
  string(6) "12--34"
  [1]=>
  string(2) "12"
  [2]=>
  NULL
  [3]=>
  string(2) "34"
}
int(1)
array(2) {
  [0]=>
  string(4) "2024"
  [1]=>
  int(3)
}
1,234,567 a
b 1
Hello World-wide Web Hello_World-Foo bar A very long
sentence
that needs
wrapping
info:4 auth:3 logged:3 user:3 alice:2 api:2 db:2 error:2
left      |     right|........42|+7   |002.3|1.2e+4
The dog sat on a rug Hello PHP abXc
l1<br />
l2 Hello <b>World</b> <a> &amp; 'q' O'Reilly &amp; &lt;Sons&gt;
2488.89 same 0MPSN 3
25,Bob b a 0 0
