--TEST--
highlight_string() and highlight_file()/show_source(): colour runs as zend_highlight writes them (keywords, names, strings, comments, HTML), returned or echoed; a missing file warns twice
--INI--
highlight.keyword=#123456
--FILE--
<?php
$code = "<b>html</b>\n<?php\n// comment\nfunction f(\$a = 1.5) {\n\treturn \"x \$a\" . 'y' . __LINE__ . <<<EOT\n  h\n  EOT;\n}\n/** doc */\necho \\Foo\\bar(PHP_EOL) ?>\ntail";
var_dump(highlight_string($code, true));
var_dump(highlight_string('<?= 1 + 2 ?>'));
echo "\n";
var_dump(highlight_file(__FILE__, true) === highlight_string(file_get_contents(__FILE__), true));
var_dump(show_source(__DIR__ . '/no_such_file.php', true));
--EXPECTF--
string(1339) "<code><span style="color: #000000">
&lt;b&gt;html&lt;/b&gt;<br /><span style="color: #0000BB">&lt;?php<br /></span><span style="color: #FF8000">//&nbsp;comment<br /></span><span style="color: #123456">function&nbsp;</span><span style="color: #0000BB">f</span><span style="color: #123456">(</span><span style="color: #0000BB">$a&nbsp;</span><span style="color: #123456">=&nbsp;</span><span style="color: #0000BB">1.5</span><span style="color: #123456">)&nbsp;{<br />&nbsp;&nbsp;&nbsp;&nbsp;return&nbsp;</span><span style="color: #DD0000">"x&nbsp;</span><span style="color: #0000BB">$a</span><span style="color: #DD0000">"&nbsp;</span><span style="color: #123456">.&nbsp;</span><span style="color: #DD0000">'y'&nbsp;</span><span style="color: #123456">.&nbsp;</span><span style="color: #0000BB">__LINE__&nbsp;</span><span style="color: #123456">.&nbsp;&lt;&lt;&lt;EOT<br /></span><span style="color: #DD0000">&nbsp;&nbsp;h<br /></span><span style="color: #123456">&nbsp;&nbsp;EOT;<br />}<br /></span><span style="color: #FF8000">/**&nbsp;doc&nbsp;*/<br /></span><span style="color: #123456">echo&nbsp;</span><span style="color: #0000BB">\Foo\bar</span><span style="color: #123456">(</span><span style="color: #0000BB">PHP_EOL</span><span style="color: #123456">)&nbsp;</span><span style="color: #0000BB">?&gt;<br /></span>tail</span>
</code>"
<code><span style="color: #000000">
<span style="color: #0000BB">&lt;?=&nbsp;1&nbsp;</span><span style="color: #123456">+&nbsp;</span><span style="color: #0000BB">2&nbsp;?&gt;</span>
</span>
</code>bool(true)

bool(true)

Warning: show_source(%s/tests/php/stdlib/no_such_file.php): Failed to open stream: No such file or directory in %s/tests/php/stdlib/highlight.php on line 7

Warning: show_source(): Failed opening '%s/tests/php/stdlib/no_such_file.php' for highlighting in %s/tests/php/stdlib/highlight.php on line 7
bool(false)
