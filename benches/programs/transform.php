<?php
// Records through sort/usort, array_map, array_filter, array_column, in_array,
// array_keys/array_values, array_sum and array_search.
$records = [];
for ($i = 0; $i < 30000; $i++) {
    $records[] = ["id" => $i, "score" => ($i * 7919) % 1009, "group" => "g" . ($i % 17)];
}
usort($records, fn($a, $b) => $a["score"] <=> $b["score"] ?: $a["id"] <=> $b["id"]);
$scores = array_column($records, "score");
$byId = array_column($records, "score", "id");
ksort($byId);
$doubled = array_map(fn($s) => $s * 2, $scores);
$high = array_filter($doubled, fn($s) => $s > 1500);
$groups = [];
foreach ($records as $r) {
    $groups[$r["group"]][] = $r["id"];
}
ksort($groups);
$sizes = array_map('count', $groups);
$names = array_keys($groups);
rsort($scores);
$hits = 0;
for ($i = 0; $i < 1100; $i += 10) {
    if (in_array($i, $scores, true)) {
        $hits++;
    }
}
$uniq = array_unique(array_slice($scores, 0, 8000));
sort($uniq);
echo count($high), " ", array_sum($high) % 1000003, " ", implode(",", array_slice($sizes, 0, 5)), " ",
    $names[3], " ", $hits, " ", count($uniq), " ", array_search(1000, $doubled), " ", $byId[500], "\n";
