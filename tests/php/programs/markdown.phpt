--TEST--
program: markdown-ish renderer (heredoc/nowdoc, preg_replace_callback with footnotes, tables, sprintf/printf formats, str_pad, wordwrap, chunk_split, htmlspecialchars/entities)
--FILE--
<?php
declare(strict_types=1);

final class Markdown
{
    private array $footnotes = [];

    public function render(string $src): string
    {
        $blocks = preg_split('/\n{2,}/', trim($src));
        $html = [];
        foreach ($blocks as $block) {
            $html[] = $this->block($block);
        }
        if ($this->footnotes) {
            $items = '';
            foreach ($this->footnotes as $i => $text) {
                $items .= sprintf("  <li id=\"fn%d\">%s</li>\n", $i + 1, $this->inline($text));
            }
            $html[] = "<ol class=\"footnotes\">\n$items</ol>";
        }
        return implode("\n", $html) . "\n";
    }

    private function block(string $block): string
    {
        if (preg_match('/^(#{1,6})\s+(.+)$/', $block, $m)) {
            $level = strlen($m[1]);
            $id = trim(preg_replace('/[^a-z0-9]+/', '-', strtolower($m[2])), '-');
            return "<h$level id=\"$id\">{$this->inline($m[2])}</h$level>";
        }
        if (str_starts_with($block, '```')) {
            $lines = explode("\n", $block);
            $lang = substr(array_shift($lines), 3);
            array_pop($lines);
            $code = htmlspecialchars(implode("\n", $lines), ENT_QUOTES | ENT_HTML5);
            $class = $lang !== '' ? " class=\"lang-$lang\"" : '';
            return "<pre><code$class>$code</code></pre>";
        }
        if (preg_match('/^[-*] /', $block)) {
            $items = array_map(fn($l) => '  <li>' . $this->inline(substr($l, 2)) . '</li>', explode("\n", $block));
            return "<ul>\n" . implode("\n", $items) . "\n</ul>";
        }
        if (preg_match('/^\d+\. /', $block)) {
            $items = array_map(fn($l) => '  <li>' . $this->inline(preg_replace('/^\d+\.\s*/', '', $l)) . '</li>', explode("\n", $block));
            return "<ol>\n" . implode("\n", $items) . "\n</ol>";
        }
        if (str_starts_with($block, '>')) {
            $inner = preg_replace('/^> ?/m', '', $block);
            return "<blockquote>" . $this->inline($inner) . "</blockquote>";
        }
        if (str_contains($block, '|')) {
            return $this->table($block);
        }
        return '<p>' . $this->inline(str_replace("\n", ' ', $block)) . '</p>';
    }

    private function table(string $block): string
    {
        $rows = array_map(fn($r) => array_map('trim', explode('|', trim($r, '| '))), explode("\n", $block));
        $head = array_shift($rows);
        array_shift($rows); // separator
        $out = "<table>\n  <tr>" . implode('', array_map(fn($h) => "<th>" . $this->inline($h) . "</th>", $head)) . "</tr>\n";
        foreach ($rows as $r) {
            $out .= "  <tr>" . implode('', array_map(fn($c) => "<td>" . $this->inline($c) . "</td>", $r)) . "</tr>\n";
        }
        return $out . '</table>';
    }

    private function inline(string $text): string
    {
        $text = htmlspecialchars($text, ENT_NOQUOTES);
        $text = preg_replace_callback('/\[\^([^\]]+)\]/', function ($m) {
            $this->footnotes[] = $m[1];
            $n = count($this->footnotes);
            return "<sup><a href=\"#fn$n\">$n</a></sup>";
        }, $text);
        $text = preg_replace('/`([^`]+)`/', '<code>$1</code>', $text);
        $text = preg_replace('/\*\*(.+?)\*\*/', '<strong>$1</strong>', $text);
        $text = preg_replace('/(?<![*\w])\*(?!\s)(.+?)\*/', '<em>$1</em>', $text);
        $text = preg_replace('/\[([^\]]+)\]\(([^)\s]+)\)/', '<a href="$2">$1</a>', $text);
        return $text;
    }
}

$doc = <<<MD
# Release notes: v2.0 & "beyond"

This release is **big**. It has *many* changes[^first] and `code <b>` samples.
See [the docs](https://example.com/docs?a=1&b=2).

- faster *parser*
- new `--flag` option[^second]
* fixed **bug #42**

1. install
2. configure
10. run

> quoted **text**
> on two lines

| Name | Value |
|------|-------|
| a < b | `x & y` |
| plain | **bold** |

```php
<?php echo "hi & bye"; ?>
```
MD;

echo (new Markdown())->render($doc);

$name = 'World';
$items = ['apple' => 1.5, 'banana' => 0.25, 'cherry' => 12];
$text = <<<TXT
    Hello {$name}!
      Indented line keeps two spaces.
    Total: {$items['apple']} and ${name}
    TXT;
echo $text, "\n";
echo <<<'RAW'
  Nowdoc: $name {$items['x']} \n stays raw
  RAW . "|\n";

echo "== formatting ==\n";
$report = '';
foreach ($items as $fruit => $price) {
    $report .= sprintf("%-10s|%8.2f|%'*8d|%+d|%05.1f|%x|%o|%b|%e\n", $fruit, $price, (int) ($price * 100), (int) $price, $price, (int) ($price * 100), 8, 5, $price);
}
echo $report;
printf("[%s] [%5s] [%-5s] [%05d] [%.3s] [%u] [%c] [%%] [%'#10.3f] [%2\$s]\n", 'x', 'ab', 'ab', -42, 'abcdef', 3, 65, 3.14159);
echo sprintf('%1$s %2$s %1$s', 'a', 'b'), ' ', vsprintf('%2$05.1f-%1$s', ['z', 2.345]), "\n";
echo str_pad('7', 3, '0', STR_PAD_LEFT), ' ', str_pad('mid', 9, '-=', STR_PAD_BOTH), ' ', str_pad('long', 2), "\n";
$para = 'The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs! A verylongwordthatcannotbreak here.';
echo wordwrap($para, 20, "\n", true), "\n---\n", wordwrap($para, 30), "\n---\n", wordwrap('short', 10), "\n";
echo chunk_split(base64_encode(str_repeat('miniphp', 6)), 16, "\n");
echo chunk_split('abcdefg', 3, '|'), "\n";
echo nl2br("one\ntwo\r\nthree"), "\n";
echo ucwords('hello world-wide web', " -"), ' ', ucfirst('élan'), ' ', lcfirst('ABC'), "\n";
echo htmlspecialchars("<a href='x'>T&amp;C \"q\"</a>"), "\n", htmlspecialchars("<a href='x'>T&amp;C</a>", ENT_NOQUOTES, 'UTF-8', false), "\n";
echo htmlspecialchars_decode('&lt;p&gt;&amp;amp; &quot;x&quot; &#039;y&#039;&lt;/p&gt;'), ' ', html_entity_decode('&eacute;&copy;&hellip;&#8364;&euro;&nbsp;|'), "\n";
echo htmlentities('café <b> ©'), ' ', strip_tags('<p>Hello <b>bold</b> <script>x</script>world</p>', '<b>'), "\n";
echo number_format(1234567.891, 2), ' ', number_format(1234567.891, 2, ',', '.'), ' ', number_format(0.129, 2), "\n";
echo strrev('stressed'), ' ', str_word_count('The quick brown fox'), ' ', ucwords(strtolower('JOHN O\'REILLY')), ' ', similar_text('World', 'Word'), ' ', levenshtein('kitten', 'sitting'), ' ', soundex('Robert'), ' ', metaphone('Thompson'), "\n";
echo implode(',', str_split('abcdefgh', 3)), ' ', substr_count('hello hello', 'll'), ' ', ucfirst(trim('  x  ')), ' ', rtrim('1.500', '0'), ' ', trim('[a]', '[]'), "\n";
--EXPECTF--
Deprecated: Using ${var} in strings is deprecated, use {$var} instead in %s/tests/php/programs/markdown.php on line 120
<h1 id="release-notes-v2-0-beyond">Release notes: v2.0 &amp; "beyond"</h1>
<p>This release is <strong>big</strong>. It has <em>many</em> changes<sup><a href="#fn1">1</a></sup> and <code>code &lt;b&gt;</code> samples. See <a href="https://example.com/docs?a=1&amp;b=2">the docs</a>.</p>
<ul>
  <li>faster <em>parser</em></li>
  <li>new <code>--flag</code> option<sup><a href="#fn2">2</a></sup></li>
  <li>fixed <strong>bug #42</strong></li>
</ul>
<ol>
  <li>install</li>
  <li>configure</li>
  <li>run</li>
</ol>
<blockquote>quoted <strong>text</strong>
on two lines</blockquote>
<table>
  <tr><th>Name</th><th>Value</th></tr>
  <tr><td>a &lt; b</td><td><code>x &amp; y</code></td></tr>
  <tr><td>plain</td><td><strong>bold</strong></td></tr>
</table>
<pre><code class="lang-php">&lt;?php echo &quot;hi &amp; bye&quot;; ?&gt;</code></pre>
<ol class="footnotes">
  <li id="fn1">first</li>
  <li id="fn2">second</li>
</ol>
Hello World!
  Indented line keeps two spaces.
Total: 1.5 and World
Nowdoc: $name {$items['x']} \n stays raw|
== formatting ==
apple     |    1.50|*****150|+1|001.5|96|10|101|1.500000e+0
banana    |    0.25|******25|+0|000.2|19|10|101|2.500000e-1
cherry    |   12.00|****1200|+12|012.0|4b0|10|101|1.200000e+1
[x] [   ab] [ab   ] [-0042] [abc] [3] [A] [%] [#####3.142] [ab]
a b a 002.3-z
007 -=-mid-=- long
The quick brown fox
jumps over the lazy
dog. Pack my box
with five dozen
liquor jugs! A
verylongwordthatcann
otbreak here.
---
The quick brown fox jumps over
the lazy dog. Pack my box with
five dozen liquor jugs! A
verylongwordthatcannotbreak
here.
---
short
bWluaXBocG1pbmlw
aHBtaW5pcGhwbWlu
aXBocG1pbmlwaHBt
aW5pcGhw
abc|def|g|
one<br />
two<br />
three
Hello World-Wide Web élan aBC
&lt;a href=&#039;x&#039;&gt;T&amp;amp;C &quot;q&quot;&lt;/a&gt;
&lt;a href='x'&gt;T&amp;C&lt;/a&gt;
<p>&amp; "x" 'y'</p> é©…€€ |
caf&eacute; &lt;b&gt; &copy; Hello <b>bold</b> xworld
1,234,567.89 1.234.567,89 0.13
desserts 4 John O'reilly 4 3 R163 0MPSN
abc,def,gh 2 X 1.5 a
