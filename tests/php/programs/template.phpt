--TEST--
program: template renderer (eval'd templates, heredoc/nowdoc, nested output buffering, escaping)
--FILE--
<?php
function e(string $s): string { return htmlspecialchars($s, ENT_QUOTES, 'UTF-8'); }

function render(string $tpl, array $vars): string
{
    extract($vars, EXTR_SKIP);
    ob_start();
    eval('?>' . $tpl);
    return ob_get_clean();
}

$layout = <<<'HTML'
<!DOCTYPE html>
<html>
<head><title><?= e($title) ?></title></head>
<body>
<h1><?= e($title) ?></h1>
<?php if (!empty($items)): ?>
<ul>
<?php foreach ($items as $i => $item): ?>
  <li class="<?= $i % 2 ? 'odd' : 'even' ?>"><?= e($item['name']) ?> &mdash; <?= number_format($item['price'], 2) ?></li>
<?php endforeach; ?>
</ul>
<?php else: ?>
<p>No items.</p>
<?php endif; ?>
<footer><?= $footer ?? 'default footer' ?></footer>
</body>
</html>
HTML;

$items = [
    ['name' => 'Tea & Biscuits', 'price' => 3.5],
    ['name' => '<script>alert("x")</script>', 'price' => 1234.5],
    ['name' => "O'Brien's \"Special\"", 'price' => 0.999],
];
echo render($layout, ['title' => 'Menu <today>', 'items' => $items]);
echo render($layout, ['title' => 'Empty', 'items' => [], 'footer' => '<b>bye</b>']);

$name = 'World';
$arr = ['key' => 'value', 'n' => [1, 2, 3]];
$obj = new class { public $prop = 'P'; public $inner; function __construct() { $this->inner = new ArrayObject(['x' => 'X']); } function m() { return 'M'; } };
echo <<<EOT
    Hello $name! {$name}s and ${name}
    Array: $arr[key] {$arr['key']} {$arr['n'][1]}
    Object: $obj->prop {$obj->m()} {$obj->inner['x']}
    Escapes: \t tab \$notvar \\ backslash \x41 \u{263A} \101
      indented line
    EOT;
echo "\n";
echo <<<'NOW'
Raw $name {$arr['key']} \t
NOW;
echo "\n";
$fmt = sprintf(<<<F
%s has %d items
F, 'cart', 3);
echo $fmt, "\n";

ob_start();
echo "level1 ";
ob_start();
echo "level2";
$inner = ob_get_contents();
ob_end_clean();
echo strtoupper($inner), ' ', ob_get_level();
$outer = ob_get_clean();
echo "[$outer]\n";

ob_start(fn($buf) => str_replace('cat', 'dog', $buf));
echo "the cat sat on the cat mat\n";
ob_end_flush();

ob_start(null, 0);
print "printed ";
printf("%s=%d ", "x", 5);
$len = ob_get_length();
ob_end_flush();
echo "(len $len)\n";

function row(string ...$cols): string { return '| ' . implode(' | ', array_map(fn($c) => str_pad($c, 8), $cols)) . " |\n"; }
echo row('a', 'bb', 'ccc'), row(...['1', '22']);
$s = strtr("Dear {name}, your order {id} ships {when}.", ['{name}' => 'Ann', '{id}' => '#42', '{when}' => 'today']);
echo $s, "\n";
echo vsprintf("%2\$s-%1\$04d\n", [7, 'id']);
echo implode(",", str_split("abcdefgh", 3)), "\n";
echo htmlspecialchars_decode("&lt;p&gt; &amp;amp; &quot;"), ' ', html_entity_decode("&eacute;&nbsp;&copy;&#65;&#x42;"), ' ', htmlentities("café <b>"), "\n";
--EXPECTF--
Deprecated: Using ${var} in strings is deprecated, use {$var} instead in %s/tests/php/programs/template.php on line 44
<!DOCTYPE html>
<html>
<head><title>Menu &lt;today&gt;</title></head>
<body>
<h1>Menu &lt;today&gt;</h1>
<ul>
  <li class="even">Tea &amp; Biscuits &mdash; 3.50</li>
  <li class="odd">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &mdash; 1,234.50</li>
  <li class="even">O&#039;Brien&#039;s &quot;Special&quot; &mdash; 1.00</li>
</ul>
<footer>default footer</footer>
</body>
</html><!DOCTYPE html>
<html>
<head><title>Empty</title></head>
<body>
<h1>Empty</h1>
<p>No items.</p>
<footer><b>bye</b></footer>
</body>
</html>Hello World! Worlds and World
Array: value value 2
Object: P M X
Escapes: 	 tab $notvar \ backslash A ☺ A
  indented line
Raw $name {$arr['key']} \t
cart has 3 items
[level1 LEVEL2 1]
the dog sat on the dog mat
printed x=5 (len 12)
| a        | bb       | ccc      |
| 1        | 22       |
Dear Ann, your order #42 ships today.
id-0007
abc,def,gh
<p> &amp; " é ©AB caf&eacute; &lt;b&gt;
