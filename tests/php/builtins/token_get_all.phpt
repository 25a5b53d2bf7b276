--TEST--
token_get_all (PHP 8.2 token numbers, trivia, heredoc, attributes, the two ampersand tokens, inline HTML) and token_name
--FILE--
<?php
$code = <<<'PHP'
<?php
namespace App\Util;
/** Doc block */
final class Greeter {
    public function __construct(private string $name = 'World') {}
    public function greet(int $times = 1): string {
        // repeat it
        return str_repeat("Hello, {$this->name}! ", $times) . PHP_EOL . <<<TXT
        heredoc $times
        TXT;
    }
}
$g = new Greeter(name: 'PHP');
echo $g->greet(2), 1.5e3, 0x1F, \strlen('x') ?? null;
function &ref(array &$a, ...$rest) { return $a; }
#[Attr] fn($x) => $x?->y::Z;
?>
<b>html</b>
<?= 'short' ?>
PHP;
$counts = [];
foreach (token_get_all($code) as $t) {
    if (is_array($t)) {
        [$id, $text, $line] = $t;
        $name = token_name($id);
        $counts[$name] = ($counts[$name] ?? 0) + 1;
        if (!in_array($id, [T_WHITESPACE], true)) {
            printf("%3d %-32s %s\n", $line, $name, json_encode($text));
        }
    } else {
        $counts[$t] = ($counts[$t] ?? 0) + 1;
    }
}
ksort($counts);
echo json_encode($counts), "\n";
echo token_name(T_DOUBLE_COLON), ' ', token_name(T_PAAMAYIM_NEKUDOTAYIM), ' ', token_name(-5), ' ', T_STRING, ' ', T_OPEN_TAG, "\n";
var_dump(token_get_all(''), token_get_all('plain html'), token_get_all('<?php /* unterminated'));
--EXPECT--
1 T_OPEN_TAG                       "<?php\n"
  2 T_NAMESPACE                      "namespace"
  2 T_NAME_QUALIFIED                 "App\\Util"
  3 T_DOC_COMMENT                    "\/** Doc block *\/"
  4 T_FINAL                          "final"
  4 T_CLASS                          "class"
  4 T_STRING                         "Greeter"
  5 T_PUBLIC                         "public"
  5 T_FUNCTION                       "function"
  5 T_STRING                         "__construct"
  5 T_PRIVATE                        "private"
  5 T_STRING                         "string"
  5 T_VARIABLE                       "$name"
  5 T_CONSTANT_ENCAPSED_STRING       "'World'"
  6 T_PUBLIC                         "public"
  6 T_FUNCTION                       "function"
  6 T_STRING                         "greet"
  6 T_STRING                         "int"
  6 T_VARIABLE                       "$times"
  6 T_LNUMBER                        "1"
  6 T_STRING                         "string"
  7 T_COMMENT                        "\/\/ repeat it"
  8 T_RETURN                         "return"
  8 T_STRING                         "str_repeat"
  8 T_ENCAPSED_AND_WHITESPACE        "Hello, "
  8 T_CURLY_OPEN                     "{"
  8 T_VARIABLE                       "$this"
  8 T_OBJECT_OPERATOR                "->"
  8 T_STRING                         "name"
  8 T_ENCAPSED_AND_WHITESPACE        "! "
  8 T_VARIABLE                       "$times"
  8 T_STRING                         "PHP_EOL"
  8 T_START_HEREDOC                  "<<<TXT\n"
  9 T_ENCAPSED_AND_WHITESPACE        "        heredoc "
  9 T_VARIABLE                       "$times"
  9 T_ENCAPSED_AND_WHITESPACE        "\n"
 10 T_END_HEREDOC                    "        TXT"
 13 T_VARIABLE                       "$g"
 13 T_NEW                            "new"
 13 T_STRING                         "Greeter"
 13 T_STRING                         "name"
 13 T_CONSTANT_ENCAPSED_STRING       "'PHP'"
 14 T_ECHO                           "echo"
 14 T_VARIABLE                       "$g"
 14 T_OBJECT_OPERATOR                "->"
 14 T_STRING                         "greet"
 14 T_LNUMBER                        "2"
 14 T_DNUMBER                        "1.5e3"
 14 T_LNUMBER                        "0x1F"
 14 T_NAME_FULLY_QUALIFIED           "\\strlen"
 14 T_CONSTANT_ENCAPSED_STRING       "'x'"
 14 T_COALESCE                       "??"
 14 T_STRING                         "null"
 15 T_FUNCTION                       "function"
 15 T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG "&"
 15 T_STRING                         "ref"
 15 T_ARRAY                          "array"
 15 T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG "&"
 15 T_VARIABLE                       "$a"
 15 T_ELLIPSIS                       "..."
 15 T_VARIABLE                       "$rest"
 15 T_RETURN                         "return"
 15 T_VARIABLE                       "$a"
 16 T_ATTRIBUTE                      "#["
 16 T_STRING                         "Attr"
 16 T_FN                             "fn"
 16 T_VARIABLE                       "$x"
 16 T_DOUBLE_ARROW                   "=>"
 16 T_VARIABLE                       "$x"
 16 T_NULLSAFE_OBJECT_OPERATOR       "?->"
 16 T_STRING                         "y"
 16 T_DOUBLE_COLON                   "::"
 16 T_STRING                         "Z"
 17 T_CLOSE_TAG                      "?>\n"
 18 T_INLINE_HTML                    "<b>html<\/b>\n"
 19 T_OPEN_TAG_WITH_ECHO             "<?="
 19 T_CONSTANT_ENCAPSED_STRING       "'short'"
 19 T_CLOSE_TAG                      "?>"
{"\"":2,"(":8,")":8,",":5,".":2,":":2,";":6,"=":3,"T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG":1,"T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG":1,"T_ARRAY":1,"T_ATTRIBUTE":1,"T_CLASS":1,"T_CLOSE_TAG":2,"T_COALESCE":1,"T_COMMENT":1,"T_CONSTANT_ENCAPSED_STRING":4,"T_CURLY_OPEN":1,"T_DNUMBER":1,"T_DOC_COMMENT":1,"T_DOUBLE_ARROW":1,"T_DOUBLE_COLON":1,"T_ECHO":1,"T_ELLIPSIS":1,"T_ENCAPSED_AND_WHITESPACE":4,"T_END_HEREDOC":1,"T_FINAL":1,"T_FN":1,"T_FUNCTION":3,"T_INLINE_HTML":1,"T_LNUMBER":3,"T_NAMESPACE":1,"T_NAME_FULLY_QUALIFIED":1,"T_NAME_QUALIFIED":1,"T_NEW":1,"T_NULLSAFE_OBJECT_OPERATOR":1,"T_OBJECT_OPERATOR":2,"T_OPEN_TAG":1,"T_OPEN_TAG_WITH_ECHO":1,"T_PRIVATE":1,"T_PUBLIC":2,"T_RETURN":2,"T_START_HEREDOC":1,"T_STRING":17,"T_VARIABLE":12,"T_WHITESPACE":59,"]":1,"{":4,"}":5}
T_DOUBLE_COLON T_DOUBLE_COLON UNKNOWN 262 389
array(0) {
}
array(1) {
  [0]=>
  array(3) {
    [0]=>
    int(267)
    [1]=>
    string(10) "plain html"
    [2]=>
    int(1)
  }
}
array(2) {
  [0]=>
  array(3) {
    [0]=>
    int(389)
    [1]=>
    string(6) "<?php "
    [2]=>
    int(1)
  }
  [1]=>
  array(3) {
    [0]=>
    int(387)
    [1]=>
    string(15) "/* unterminated"
    [2]=>
    int(1)
  }
}
