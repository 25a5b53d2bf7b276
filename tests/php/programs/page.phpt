--TEST--
program: an HTML page from inline template code (<?= ?>, alternative syntax for if/elseif/foreach/for/while/switch, heredoc with closure calls, numeric literal forms, sprintf, goto, text after the closing tag)
--FILE--
<?php
declare(strict_types=1);
$title = 'Inventory <Report>';
$items = [
    ['name' => 'Widget', 'qty' => 3, 'price' => 2.5, 'tags' => ['new', 'sale']],
    ['name' => 'Gadget & Co', 'qty' => 0, 'price' => 10.0, 'tags' => []],
    ['name' => "O'Reilly book", 'qty' => 12, 'price' => 39.99, 'tags' => ['books']],
];
$e = fn(string $s): string => htmlspecialchars($s, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8');
function money(float $v): string { return number_format($v, 2) . ' €'; }
$total = 0;
?>
<!DOCTYPE html>
<html>
<head><title><?= $e($title) ?></title></head>
<body>
<h1><?= $e($title) ?></h1>
<?php if (!$items): ?>
  <p>No items.</p>
<?php elseif (count($items) > 2): ?>
  <p><?= count($items) ?> items</p>
<?php else: ?>
  <p>Few items</p>
<?php endif; ?>
<table>
<?php foreach ($items as $i => $item): $total += $item['qty'] * $item['price']; ?>
  <tr class="<?= $i % 2 ? 'odd' : 'even' ?>">
    <td><?= $e($item['name']) ?></td>
    <td><?php echo $item['qty'] ?: '<em>out</em>'; ?></td>
    <td><?= money($item['price']) ?></td>
    <td><?php foreach ($item['tags'] as $t): ?><span><?= $t ?></span><?php endforeach ?></td>
  </tr>
<?php endforeach; ?>
</table>
<p>Total: <?= money($total) ?></p>
<?php for ($n = 1; $n <= 3; $n++): ?>
<?= $n ?><?php if ($n < 3): ?>, <?php endif ?>
<?php endfor ?>

<?php $k = 0; while ($k < 2): ?>
  w<?= $k++ ?>
<?php endwhile; ?>
<?php switch ($items[0]['qty']):
    case 3: ?>
  three
<?php break; default: ?>
  other
<?php endswitch ?>
<?php
$numbers = [1_000_000, 0x1F, 0o17, 017, 0b101, 1_0.5e1_0];
echo implode(' ', $numbers), "\n";
$heredoc = <<<HTML
  <ul>
    {$e($items[1]['name'])}
    ${title}
  </ul>
  HTML;
echo $heredoc, "\n";
echo <<<"X"
a\tb\x41\u{1F600}\101 {$items[2]['tags'][0]} $items[0] {$total}
X;
echo "\n", 'single \n $title', "\n";
$fmt = sprintf('%08.3f|%-8s|%+.1e|%05d|%5.5s|%c%c', -3.14159, 'ab', 0.000123, -42, 'abcdefgh', 80, 72);
echo $fmt, "\n";
goto skip;
echo "skipped\n";
skip:
echo "after goto\n";
?>
trailing html <?php echo 'inline'; ?> end
<?php echo "no newline after close tag" ?>
--EXPECTF--
Deprecated: Using ${var} in strings is deprecated, use {$var} instead in %s/tests/php/programs/page.php on line 54
<!DOCTYPE html>
<html>
<head><title>Inventory &lt;Report&gt;</title></head>
<body>
<h1>Inventory &lt;Report&gt;</h1>
  <p>3 items</p>
<table>
  <tr class="even">
    <td>Widget</td>
    <td>3</td>
    <td>2.50 €</td>
    <td><span>new</span><span>sale</span></td>
  </tr>
  <tr class="odd">
    <td>Gadget &amp; Co</td>
    <td><em>out</em></td>
    <td>10.00 €</td>
    <td></td>
  </tr>
  <tr class="even">
    <td>O&#039;Reilly book</td>
    <td>12</td>
    <td>39.99 €</td>
    <td><span>books</span></td>
  </tr>
</table>
<p>Total: 487.38 €</p>
1, 2, 3
  w0  w1  three
1000000 31 15 15 5 105000000000
<ul>
  Gadget &amp; Co
  Inventory <Report>
</ul>

Warning: Array to string conversion in %s/tests/php/programs/page.php on line 60
a	bA😀A books Array 487.38
single \n $title
-003.142|ab      |+1.2e-4|-0042|abcde|PH
after goto
trailing html inline end
no newline after close tag
