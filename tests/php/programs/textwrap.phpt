--TEST--
program: a boxed invoice report (str_pad alignment, wordwrap of long descriptions into table rows, number_format, sprintf padding/precision/custom pad characters, vsprintf positional args, strtr)
--FILE--
<?php
// A report formatter: columns, wrapping, alignment, number formats, totals
$rows = [
    ['sku' => 'A-100', 'desc' => 'Stainless steel water bottle, 750ml, keeps drinks cold for 24 hours', 'qty' => 12, 'unit' => 18.5, 'disc' => 0.1],
    ['sku' => 'B-2', 'desc' => 'Notebook', 'qty' => 3, 'unit' => 4.99, 'disc' => 0],
    ['sku' => 'C-3000', 'desc' => 'Ergonomic office chair with adjustable lumbar support and armrests', 'qty' => 1, 'unit' => 349.0, 'disc' => 0.15],
    ['sku' => 'D-44', 'desc' => 'USB-C cable (2m)', 'qty' => 25, 'unit' => 7.25, 'disc' => 0.05],
];
$widths = ['sku' => 7, 'desc' => 28, 'qty' => 4, 'unit' => 9, 'disc' => 5, 'total' => 10];
$line = '+' . implode('+', array_map(fn($w) => str_repeat('-', $w + 2), $widths)) . '+';
echo $line, "\n";
echo '| ' . implode(' | ', array_map(fn($k, $w) => str_pad(strtoupper($k), $w, ' ', in_array($k, ['qty', 'unit', 'disc', 'total']) ? STR_PAD_LEFT : STR_PAD_RIGHT), array_keys($widths), $widths)) . " |\n";
echo str_replace('-', '=', $line), "\n";
$grand = 0;
foreach ($rows as $r) {
    $total = round($r['qty'] * $r['unit'] * (1 - $r['disc']), 2);
    $grand += $total;
    $descLines = explode("\n", wordwrap($r['desc'], $widths['desc'], "\n", true));
    foreach ($descLines as $i => $d) {
        $cells = $i === 0
            ? [str_pad($r['sku'], 7), str_pad($d, 28), sprintf('%4d', $r['qty']), sprintf('%9s', number_format($r['unit'], 2)), sprintf('%4d%%', $r['disc'] * 100), sprintf('%10s', number_format($total, 2))]
            : [str_repeat(' ', 7), str_pad($d, 28), str_repeat(' ', 4), str_repeat(' ', 9), str_repeat(' ', 5), str_repeat(' ', 10)];
        echo '| ', implode(' | ', $cells), " |\n";
    }
}
echo $line, "\n";
printf("| %s | %10s |\n", str_pad('GRAND TOTAL', 7 + 28 + 4 + 9 + 5 + 12, ' ', STR_PAD_LEFT), number_format($grand, 2));
echo $line, "\n";
echo sprintf('%-20s%s', 'Items:', count($rows)), "\n", sprintf('%-20s%.1f', 'Avg discount %:', array_sum(array_column($rows, 'disc')) / count($rows) * 100), "\n";
echo sprintf('%-20s%s', 'Max line:', max(array_map(fn($r) => $r['qty'] * $r['unit'], $rows))), "\n";
echo sprintf("%'.30s\n%'.-30s|\n%030.4f\n%-+8.2e|\n%5.1f%%", 'right', 'left', M_PI, -12345.678, 99.95), "\n";
echo implode("\n", str_split(strrev(number_format(1234567.891, 2, '.', ' ')), 5)), "\n";
echo ucwords(strtolower('THE QUICK BROWN FOX')), ' | ', wordwrap('short', 2, "\n", false), ' | ', wordwrap('A very long wooooooooooord.', 8, "\n", false), "\n";
echo str_word_count('Hello World again'), ' ', ucfirst(strrev('dlrow')), ' ', nl2br("a\nb"), ' ', strtr('The brown fox', 'aeiou', 'AEIOU'), "\n";
echo money_fmt(-1234.5), ' ', money_fmt(0.005), ' ', money_fmt(1e6), "\n";
function money_fmt(float $v): string { return ($v < 0 ? '-' : '') . '$' . number_format(abs($v), 2); }
echo vsprintf("%2\$s %1\$s %2\$s\n", ['world', 'hello']);
echo sprintf('[%6.2f] [%-6.2f] [%06.2f] [%+06.1f] [% d]', 3.14159, 3.14159, 3.14159, 3.14159, 42), "\n";
--EXPECT--
+---------+------------------------------+------+-----------+-------+------------+
| SKU     | DESC                         |  QTY |      UNIT |  DISC |      TOTAL |
+=========+==============================+======+===========+=======+============+
| A-100   | Stainless steel water        |   12 |     18.50 |   10% |     199.80 |
|         | bottle, 750ml, keeps drinks  |      |           |       |            |
|         | cold for 24 hours            |      |           |       |            |
| B-2     | Notebook                     |    3 |      4.99 |    0% |      14.97 |
| C-3000  | Ergonomic office chair with  |    1 |    349.00 |   15% |     296.65 |
|         | adjustable lumbar support    |      |           |       |            |
|         | and armrests                 |      |           |       |            |
| D-44    | USB-C cable (2m)             |   25 |      7.25 |    5% |     172.19 |
+---------+------------------------------+------+-----------+-------+------------+
|                                                       GRAND TOTAL |     683.61 |
+---------+------------------------------+------+-----------+-------+------------+
Items:              4
Avg discount %:     7.5
Max line:           349
.........................right
left..........................|
0000000000000000000000003.1416
-1.23e+4|
100.0%
98.76
5 432
 1
The Quick Brown Fox | short | A very
long
wooooooooooord.
3 World a<br />
b ThE brOwn fOx
-$1,234.50 $0.01 $1,000,000.00
hello world hello
[  3.14] [3.14  ] [003.14] [+003.1] [42]
