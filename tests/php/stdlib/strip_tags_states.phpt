--TEST--
strip_tags follows PHP's states: PHP blocks end at ?> outside strings and parentheses, nested <, <?xml, comments, doctype, NUL bytes, allowed tags normalised
--FILE--
<?php
$cases = [
    '<?php $dom->test(); ?> after',
    '<?php echo "?>"; ?>x',
    'a<?= f("?>") ?>b',
    ' <?xml version="1.0" ?> tail',
    '<foo<>bar>',
    "x\0y<b>z</b>",
    '<!-- c > d --> e',
    '<!DOCTYPE html><p>p</p>',
    '<a href="x>y">link</a> 1 < 2',
    "<\tspace> and < br>",
    '<a/b> <br/> <BR /> </p> <p class="c">',
];
foreach ($cases as $c) {
    var_dump(strip_tags($c), strip_tags($c, '<p><br>'), strip_tags($c, ['A', 'b']));
}
?>
--EXPECT--
string(6) " after"
string(6) " after"
string(6) " after"
string(1) "x"
string(1) "x"
string(1) "x"
string(2) "ab"
string(2) "ab"
string(2) "ab"
string(6) "  tail"
string(6) "  tail"
string(6) "  tail"
string(0) ""
string(0) ""
string(0) ""
string(3) "xyz"
string(3) "xyz"
string(10) "xy<b>z</b>"
string(2) " e"
string(2) " e"
string(2) " e"
string(1) "p"
string(8) "<p>p</p>"
string(1) "p"
string(10) "link 1 < 2"
string(10) "link 1 < 2"
string(27) "<a href="xy">link</a> 1 < 2"
string(18) "<	space> and < br>"
string(18) "<	space> and < br>"
string(18) "<	space> and < br>"
string(4) "    "
string(32) " <br/> <BR /> </p> <p class="c">"
string(4) "    "
