<?php
// Associative arrays and strings: build a text, count words with foreach/isset,
// rewrite it with str_replace, report with sprintf/implode.
$vocab = explode(" ", "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau upsilon phi chi psi omega");
$lines = [];
for ($i = 0; $i < 20000; $i++) {
    $words = [];
    for ($j = 0; $j < 12; $j++) {
        $words[] = $vocab[($i * 7 + $j * 13 + ($i >> 3)) % count($vocab)] . ($j % 5 === 0 ? $i % 300 : "");
    }
    $lines[] = implode(" ", $words);
}
$counts = [];
$total = 0;
foreach ($lines as $n => $line) {
    foreach (explode(" ", strtolower($line)) as $w) {
        if (isset($counts[$w])) {
            $counts[$w]++;
        } else {
            $counts[$w] = 1;
        }
        $total++;
    }
    if ($n % 4 === 0) {
        $lines[$n] = str_replace(["alpha", "omega"], ["A", "Z"], $line);
    }
}
arsort($counts);
$top = array_slice($counts, 0, 10, true);
$report = [];
foreach ($top as $w => $c) {
    $report[] = sprintf("%-10s %6d %5.2f%%", $w, $c, 100 * $c / $total);
}
$len = 0;
foreach ($lines as $line) {
    $len += strlen($line);
}
echo count($counts), " ", $total, " ", $len, "\n", implode("\n", $report), "\n";
