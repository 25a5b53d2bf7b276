--TEST--
htmlspecialchars() checks Shift_JIS, EUC-JP, Big5, Big5-HKSCS and GB2312 sequences (invalid: empty string, or substituted / ignored); ENT_DISALLOWED in those charsets looks only at bytes up to 0x7D; XHTML's apostrophe; numeric references of any length and their ENT_DISALLOWED check when not double-encoding
--FILE--
<?php
$cases = [
    'Shift_JIS' => ["\x81\x40", "\x81\x7f", "\x80", "\xa1", "\xfd", "\x81", "\x81\x80", "\x81\xfd", "\x82\x3f", "a\x81"],
    'EUC-JP' => ["\xa1\xa1", "\xa1\xa0", "\xa1\x41", "\x8e\xa1", "\x8e\xe0", "\x8f\xa1\xa1", "\x8f\xa0\xa1", "\x8f\xa0\xa0", "\xa0", "\x80"],
    'BIG5' => ["\x81\x40", "\x81\x7f", "\xa1\xa1", "\xfe\xfe", "\x81", "\x80", "\xff"],
    'BIG5-HKSCS' => ["\x81\x80", "\x81\xff", "\x81\x30"],
    'GB2312' => ["\xa1\xa1", "\xa1\x8e", "\xa1\x41", "\x8e", "\x80", "\xa1"],
];
foreach ($cases as $cs => $list) {
    echo "$cs:";
    foreach ($list as $s) {
        echo " ", bin2hex(htmlspecialchars($s, ENT_QUOTES, $cs)), "/",
            bin2hex(htmlspecialchars($s, ENT_QUOTES | ENT_SUBSTITUTE, $cs)), "/",
            bin2hex(htmlspecialchars($s, ENT_QUOTES | ENT_IGNORE, $cs));
    }
    echo "\n";
}
foreach (['SJIS', 'EUC-JP', 'cp1252', 'ISO-8859-1', 'UTF-8'] as $cs) {
    foreach ([ENT_HTML401, ENT_XHTML, ENT_HTML5] as $dt) {
        echo $cs, " ", $dt, ": ", htmlspecialchars("\x01\x0b\x7d\x7e\x7f", ENT_DISALLOWED | $dt, $cs), " ",
            @htmlentities("\x01\x7f\x80\x9f", ENT_DISALLOWED | $dt, $cs), "\n";
    }
}
echo htmlentities("'", ENT_QUOTES | ENT_XHTML), htmlspecialchars("'", ENT_QUOTES | ENT_XHTML), htmlentities("'", ENT_QUOTES | ENT_XML1), "\n";
var_dump(get_html_translation_table(HTML_ENTITIES, ENT_QUOTES | ENT_XHTML)["'"], get_html_translation_table(HTML_SPECIALCHARS, ENT_QUOTES | ENT_XHTML)["'"]);
echo htmlspecialchars("&#x" . str_repeat("0", 100) . "41; &#" . str_repeat("0", 80) . "66; &" . str_repeat("a", 70) . ";", ENT_QUOTES, "UTF-8", false), "\n";
foreach ([ENT_HTML401, ENT_XHTML, ENT_XML1, ENT_HTML5] as $dt) {
    echo htmlspecialchars("&#0; &#x0B; &#xD800; &#x7F; &#x0D; &#xFFFE;", ENT_DISALLOWED | $dt, "UTF-8", false), "\n";
}
?>
--EXPECT--
Shift_JIS: 8140/8140/8140 /262378464646443b7f/7f /262378464646443b/ a1/a1/a1 /262378464646443b/ /262378464646443b/ 8180/8180/8180 /262378464646443b/ /262378464646443b3f/3f /61262378464646443b/61
EUC-JP: a1a1/a1a1/a1a1 /262378464646443b/ /262378464646443b41/41 8ea1/8ea1/8ea1 /262378464646443b262378464646443b/ 8fa1a1/8fa1a1/8fa1a1 /262378464646443b262378464646443b/ /262378464646443b/ /262378464646443b/ 80/80/80
BIG5: 8140/8140/8140 /262378464646443b7f/7f a1a1/a1a1/a1a1 fefe/fefe/fefe /262378464646443b/ 80/80/80 ff/ff/ff
BIG5-HKSCS: /262378464646443b/ /262378464646443b/ /262378464646443b30/30
GB2312: a1a1/a1a1/a1a1 /262378464646443b/ /262378464646443b41/41 /262378464646443b/ 80/80/80 /262378464646443b/
SJIS 0: &#xFFFD;&#xFFFD;}~ 
SJIS 32: &#xFFFD;&#xFFFD;}~ 
SJIS 48: &#xFFFD;&#xFFFD;}~ 
EUC-JP 0: &#xFFFD;&#xFFFD;}~ &#xFFFD;��
EUC-JP 32: &#xFFFD;&#xFFFD;}~ &#xFFFD;��
EUC-JP 48: &#xFFFD;&#xFFFD;}~ &#xFFFD;��
cp1252 0: &#xFFFD;&#xFFFD;}~ &#xFFFD;&#xFFFD;&euro;&Yuml;
cp1252 32: &#xFFFD;&#xFFFD;}~ &#xFFFD;&euro;&Yuml;
cp1252 48: &#xFFFD;&#xFFFD;}~ &#xFFFD;&#xFFFD;&euro;&Yuml;
ISO-8859-1 0: &#xFFFD;&#xFFFD;}~&#xFFFD; &#xFFFD;&#xFFFD;&#xFFFD;&#xFFFD;
ISO-8859-1 32: &#xFFFD;&#xFFFD;}~ &#xFFFD;��
ISO-8859-1 48: &#xFFFD;&#xFFFD;}~&#xFFFD; &#xFFFD;&#xFFFD;&#xFFFD;&#xFFFD;
UTF-8 0: ��}~� 
UTF-8 32: ��}~ 
UTF-8 48: ��}~� 
&#039;&apos;&apos;
string(6) "&#039;"
string(6) "&apos;"
&#x000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000041; &#0000000000000000000000000000000000000000000000000000000000000000000000000000000066; &amp;aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa;
&#0; &#x0B; &#xD800; &#x7F; &#x0D; &#xFFFE;
&amp;#0; &amp;#x0B; &amp;#xD800; &#x7F; &#x0D; &amp;#xFFFE;
&amp;#0; &amp;#x0B; &amp;#xD800; &#x7F; &#x0D; &amp;#xFFFE;
&amp;#0; &amp;#x0B; &#xD800; &amp;#x7F; &amp;#x0D; &amp;#xFFFE;
