<?php
// A framework-like request: 40 required modules (plus this file), each used once.
for ($i = 1; $i <= 40; $i++) {
    require_once sprintf('%s/lib/mod%02d.php', __DIR__, $i);
}
$total = 0;
$pages = 0;
for ($i = 1; $i <= 40; $i++) {
    $m = sprintf('mod%02d', $i);
    $cfg = ($m . '_config')();
    if (!$cfg['enabled']) {
        continue;
    }
    $page = ($m . '_render')($cfg) . ($m . '_route')(['Blog Post ' . $i, 'page' => $i, 'q' => 'a b']);
    $total += ($m . '_checksum')($page);
    $pages++;
}
echo "pages: $pages, checksum: $total\n";
