--TEST--
htmlspecialchars()/htmlentities(): runs of plain ASCII next to specials, invalid UTF-8, controls, flags and charsets
--FILE--
<?php
$s = "Plain <b>bold</b> & \"quoted\" 'single' caf\xc3\xa9 \x80bad \x01ctl &amp; done";
foreach ([ENT_QUOTES, ENT_NOQUOTES, ENT_COMPAT, ENT_QUOTES | ENT_SUBSTITUTE, ENT_QUOTES | ENT_DISALLOWED | ENT_SUBSTITUTE, ENT_IGNORE, ENT_HTML5 | ENT_QUOTES] as $f) {
  var_dump(htmlspecialchars($s, $f), htmlspecialchars($s, $f, 'ISO-8859-1', false), htmlentities($s, $f));
}
var_dump(htmlspecialchars(""), htmlspecialchars("abc"), htmlspecialchars("<"), htmlspecialchars("a\x81\x40<", ENT_QUOTES, 'SJIS'));
--EXPECT--
string(0) ""
string(100) "Plain &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; &#039;single&#039; café �bad ctl &amp; done"
string(0) ""
string(0) ""
string(80) "Plain &lt;b&gt;bold&lt;/b&gt; &amp; "quoted" 'single' café �bad ctl &amp; done"
string(0) ""
string(0) ""
string(90) "Plain &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; 'single' café �bad ctl &amp; done"
string(0) ""
string(106) "Plain &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; &#039;single&#039; café �bad ctl &amp;amp; done"
string(100) "Plain &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; &#039;single&#039; café �bad ctl &amp; done"
string(112) "Plain &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; &#039;single&#039; caf&eacute; �bad ctl &amp;amp; done"
string(108) "Plain &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; &#039;single&#039; café �bad �ctl &amp;amp; done"
string(114) "Plain &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; &#039;single&#039; café &#xFFFD;bad &#xFFFD;ctl &amp; done"
string(114) "Plain &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; &#039;single&#039; caf&eacute; �bad �ctl &amp;amp; done"
string(83) "Plain &lt;b&gt;bold&lt;/b&gt; &amp; "quoted" 'single' café bad ctl &amp;amp; done"
string(80) "Plain &lt;b&gt;bold&lt;/b&gt; &amp; "quoted" 'single' café �bad ctl &amp; done"
string(89) "Plain &lt;b&gt;bold&lt;/b&gt; &amp; "quoted" 'single' caf&eacute; bad ctl &amp;amp; done"
string(0) ""
string(100) "Plain &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; &apos;single&apos; café �bad ctl &amp; done"
string(0) ""
string(0) ""
string(3) "abc"
string(4) "&lt;"
string(7) "a�@&lt;"
