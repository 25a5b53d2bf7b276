<?php
// String work: concatenation, interpolation, search/replace, formatting.
$s = "";
for ($i = 0; $i < 1000000; $i++) {
    $s .= "item $i;";
}
$parts = explode(";", $s);
$total = 0;
foreach ($parts as $p) {
    if (str_contains($p, "99")) {
        $total += strlen(strtoupper($p));
    }
}
$r = str_replace(["item", ";"], ["it", ","], $s);
$f = "";
for ($i = 0; $i < 1000000; $i++) {
    $f = sprintf("%05d:%s", $i, substr($r, $i % 1000, 8));
}
echo strlen($s), " ", count($parts), " ", $total, " ", strlen($r), " ", $f, "\n";
