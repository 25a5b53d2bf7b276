--TEST--
PhpToken: tokenize (of a subclass), getTokenName, is, isIgnorable, __toString, the constructor, pos offsets
--FILE--
<?php
class MyToken extends PhpToken {
    public function isKeyword(): bool { return ctype_alpha($this->text) && !$this->is(T_STRING); }
}
$tokens = MyToken::tokenize('<?php if ($x === 1) { echo "a"; } // done');
foreach ($tokens as $t) {
    printf("%-4d %-22s %-10s line=%d pos=%d ign=%s kw=%s\n", $t->id, $t->getTokenName(), json_encode($t->text), $t->line, $t->pos, var_export($t->isIgnorable(), true), var_export($t->isKeyword(), true));
}
echo get_class($tokens[0]), ' ', $tokens[0], ' ', count($tokens), "\n";
var_dump($tokens[3]->is([T_VARIABLE, ';']), $tokens[3]->is('$x'), $tokens[1]->is(T_IF), token_name(59), token_name(T_ENDDECLARE));
$t = new PhpToken(T_ECHO, 'echo');
var_dump($t, (new PhpToken(9999, 'x'))->getTokenName(), (string) $t);
echo implode('', array_map(fn($t) => $t->text, array_filter(PhpToken::tokenize('<?php  $a  =  1 ; '), fn($t) => !$t->isIgnorable()))), "\n";
--EXPECT--
389  T_OPEN_TAG             "<?php "   line=1 pos=0 ign=true kw=false
287  T_IF                   "if"       line=1 pos=6 ign=false kw=true
392  T_WHITESPACE           " "        line=1 pos=8 ign=true kw=false
40   (                      "("        line=1 pos=9 ign=false kw=false
266  T_VARIABLE             "$x"       line=1 pos=10 ign=false kw=false
392  T_WHITESPACE           " "        line=1 pos=12 ign=true kw=false
368  T_IS_IDENTICAL         "==="      line=1 pos=13 ign=false kw=false
392  T_WHITESPACE           " "        line=1 pos=16 ign=true kw=false
260  T_LNUMBER              "1"        line=1 pos=17 ign=false kw=false
41   )                      ")"        line=1 pos=18 ign=false kw=false
392  T_WHITESPACE           " "        line=1 pos=19 ign=true kw=false
123  {                      "{"        line=1 pos=20 ign=false kw=false
392  T_WHITESPACE           " "        line=1 pos=21 ign=true kw=false
291  T_ECHO                 "echo"     line=1 pos=22 ign=false kw=true
392  T_WHITESPACE           " "        line=1 pos=26 ign=true kw=false
269  T_CONSTANT_ENCAPSED_STRING "\"a\""    line=1 pos=27 ign=false kw=false
59   ;                      ";"        line=1 pos=30 ign=false kw=false
392  T_WHITESPACE           " "        line=1 pos=31 ign=true kw=false
125  }                      "}"        line=1 pos=32 ign=false kw=false
392  T_WHITESPACE           " "        line=1 pos=33 ign=true kw=false
387  T_COMMENT              "\/\/ done" line=1 pos=34 ign=true kw=false
MyToken <?php  21
bool(false)
bool(false)
bool(true)
string(7) "UNKNOWN"
string(12) "T_ENDDECLARE"
object(PhpToken)#22 (4) {
  ["id"]=>
  int(291)
  ["text"]=>
  string(4) "echo"
  ["line"]=>
  int(-1)
  ["pos"]=>
  int(-1)
}
NULL
string(4) "echo"
$a=1;
