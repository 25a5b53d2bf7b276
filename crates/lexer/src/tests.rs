//! Token sequences and lex errors compared with real PHP 8.2: every expected
//! dump below is `PhpToken::tokenize()` output (same `LINE: NAME "text"`
//! format as [`crate::dump_tokens`]), and every expected error is what
//! `php -l` printed for the same source.

use crate::decode::{self, NumberLiteral};
use crate::{
    dump_tokens, lex, tokenize, tokenize_for_parser, LexError, LexOptions, Mode, Span, Token,
    TokenKind,
};

fn check_with(src: &[u8], opts: LexOptions, expected: &str) {
    let got = dump_tokens(src, opts);
    let expected = expected.strip_prefix('\n').unwrap_or(expected);
    if got != expected {
        let diff = got.lines().zip(expected.lines()).position(|(g, e)| g != e);
        panic!("token dump differs (first at line {diff:?})\n--- got:\n{got}--- expected (php):\n{expected}");
    }
}

fn check(src: &[u8], expected: &str) {
    check_with(src, LexOptions::default(), expected);
}

fn check_short(src: &[u8], expected: &str) {
    check_with(
        src,
        LexOptions {
            short_open_tag: true,
        },
        expected,
    );
}

fn check_errors(src: &[u8], error: Option<(&str, u32)>, warnings: &[(&str, u32)]) {
    let lexed = lex(src, LexOptions::default(), Mode::Parser);
    let as_error = |(message, line): (&str, u32)| LexError {
        message: message.into(),
        line,
    };
    assert_eq!(lexed.error, error.map(as_error));
    let expected: Vec<LexError> = warnings.iter().copied().map(as_error).collect();
    assert_eq!(lexed.warnings, expected);
    // Token mode never fails, whatever the source.
    assert!(tokenize(src, LexOptions::default()).is_ok());
}

#[test]
fn inline_html_and_open_tags() {
    check(
        b"a<?php echo 1; ?>\nb<?= 2 ?>\r\nc<?php\r\n?>x<?phpx <?PHP\techo 3;",
        r##"
1: T_INLINE_HTML "a"
1: T_OPEN_TAG "<?php "
1: T_ECHO "echo"
1: T_WHITESPACE " "
1: T_LNUMBER "1"
1: ; ";"
1: T_WHITESPACE " "
1: T_CLOSE_TAG "?>\n"
2: T_INLINE_HTML "b"
2: T_OPEN_TAG_WITH_ECHO "<?="
2: T_WHITESPACE " "
2: T_LNUMBER "2"
2: T_WHITESPACE " "
2: T_CLOSE_TAG "?>\r\n"
3: T_INLINE_HTML "c"
3: T_OPEN_TAG "<?php\r\n"
4: T_CLOSE_TAG "?>"
4: T_INLINE_HTML "x<?phpx "
4: T_OPEN_TAG "<?PHP\t"
4: T_ECHO "echo"
4: T_WHITESPACE " "
4: T_LNUMBER "3"
4: ; ";"
"##,
    );
}

#[test]
fn short_open_tags() {
    check_short(
        b"x<? echo 1; ?>\r\ny<?phpx <?= 2 ?>z<?php echo 3;",
        r##"
1: T_INLINE_HTML "x"
1: T_OPEN_TAG "<?"
1: T_WHITESPACE " "
1: T_ECHO "echo"
1: T_WHITESPACE " "
1: T_LNUMBER "1"
1: ; ";"
1: T_WHITESPACE " "
1: T_CLOSE_TAG "?>\r\n"
2: T_INLINE_HTML "y"
2: T_OPEN_TAG "<?"
2: T_STRING "phpx"
2: T_WHITESPACE " "
2: < "<"
2: ? "?"
2: = "="
2: T_WHITESPACE " "
2: T_LNUMBER "2"
2: T_WHITESPACE " "
2: T_CLOSE_TAG "?>"
2: T_INLINE_HTML "z"
2: T_OPEN_TAG "<?php "
2: T_ECHO "echo"
2: T_WHITESPACE " "
2: T_LNUMBER "3"
2: ; ";"
"##,
    );
}

#[test]
fn open_tag_at_eof() {
    check(
        b"text<?php",
        r##"
1: T_INLINE_HTML "text"
1: T_OPEN_TAG "<?php"
"##,
    );
}

#[test]
fn comments() {
    check(
        b"<?php // a ?> b<?php\n# c\n#[A] #\n/* x\n*/ /** d */ /**/ /***/ /**\n*/$a;\n// tail",
        r##"
1: T_OPEN_TAG "<?php "
1: T_COMMENT "// a "
1: T_CLOSE_TAG "?>"
1: T_INLINE_HTML " b"
1: T_OPEN_TAG "<?php\n"
2: T_COMMENT "# c"
2: T_WHITESPACE "\n"
3: T_ATTRIBUTE "#["
3: T_STRING "A"
3: ] "]"
3: T_WHITESPACE " "
3: T_COMMENT "#"
3: T_WHITESPACE "\n"
4: T_COMMENT "/* x\n*/"
5: T_WHITESPACE " "
5: T_DOC_COMMENT "/** d */"
5: T_WHITESPACE " "
5: T_COMMENT "/**/"
5: T_WHITESPACE " "
5: T_COMMENT "/***/"
5: T_WHITESPACE " "
5: T_DOC_COMMENT "/**\n*/"
6: T_VARIABLE "$a"
6: ; ";"
6: T_WHITESPACE "\n"
7: T_COMMENT "// tail"
"##,
    );
}

#[test]
fn unterminated_comment() {
    check(
        b"<?php\n/* never\nclosed",
        r##"
1: T_OPEN_TAG "<?php\n"
2: T_COMMENT "/* never\nclosed"
"##,
    );
}

#[test]
fn integers() {
    check(
        b"<?php 0o17 017 0O17 0x1F 0b101 1_000 08 0_1 1__2 1_ 0x 0b2 9223372036854775807 9223372036854775808 0x7FFFFFFFFFFFFFFF 0x8000000000000000 0777777777777777777777 01000000000000000000000 0b1111111111111111111111111111111111111111111111111111111111111111 0_10000000000000000000009;",
        r##"
1: T_OPEN_TAG "<?php "
1: T_LNUMBER "0o17"
1: T_WHITESPACE " "
1: T_LNUMBER "017"
1: T_WHITESPACE " "
1: T_LNUMBER "0O17"
1: T_WHITESPACE " "
1: T_LNUMBER "0x1F"
1: T_WHITESPACE " "
1: T_LNUMBER "0b101"
1: T_WHITESPACE " "
1: T_LNUMBER "1_000"
1: T_WHITESPACE " "
1: T_LNUMBER "08"
1: T_WHITESPACE " "
1: T_LNUMBER "0_1"
1: T_WHITESPACE " "
1: T_LNUMBER "1"
1: T_STRING "__2"
1: T_WHITESPACE " "
1: T_LNUMBER "1"
1: T_STRING "_"
1: T_WHITESPACE " "
1: T_LNUMBER "0"
1: T_STRING "x"
1: T_WHITESPACE " "
1: T_LNUMBER "0"
1: T_STRING "b2"
1: T_WHITESPACE " "
1: T_LNUMBER "9223372036854775807"
1: T_WHITESPACE " "
1: T_DNUMBER "9223372036854775808"
1: T_WHITESPACE " "
1: T_LNUMBER "0x7FFFFFFFFFFFFFFF"
1: T_WHITESPACE " "
1: T_DNUMBER "0x8000000000000000"
1: T_WHITESPACE " "
1: T_LNUMBER "0777777777777777777777"
1: T_WHITESPACE " "
1: T_DNUMBER "01000000000000000000000"
1: T_WHITESPACE " "
1: T_DNUMBER "0b1111111111111111111111111111111111111111111111111111111111111111"
1: T_WHITESPACE " "
1: T_DNUMBER "0_10000000000000000000009"
1: ; ";"
"##,
    );
}

#[test]
fn floats() {
    check(
        b"<?php 1e3 .5 1. 1.5e-3 1E+5 1_0.5_0 1e 1e_1 1..2 1.e3 .5e-2 9999999999999999999999.5;",
        r##"
1: T_OPEN_TAG "<?php "
1: T_DNUMBER "1e3"
1: T_WHITESPACE " "
1: T_DNUMBER ".5"
1: T_WHITESPACE " "
1: T_DNUMBER "1."
1: T_WHITESPACE " "
1: T_DNUMBER "1.5e-3"
1: T_WHITESPACE " "
1: T_DNUMBER "1E+5"
1: T_WHITESPACE " "
1: T_DNUMBER "1_0.5_0"
1: T_WHITESPACE " "
1: T_LNUMBER "1"
1: T_STRING "e"
1: T_WHITESPACE " "
1: T_LNUMBER "1"
1: T_STRING "e_1"
1: T_WHITESPACE " "
1: T_DNUMBER "1."
1: T_DNUMBER ".2"
1: T_WHITESPACE " "
1: T_DNUMBER "1.e3"
1: T_WHITESPACE " "
1: T_DNUMBER ".5e-2"
1: T_WHITESPACE " "
1: T_DNUMBER "9999999999999999999999.5"
1: ; ";"
"##,
    );
}

#[test]
fn single_quoted() {
    check(
        b"<?php 'a\\'b\\\\' b'x' B'y' 'multi\nline' 'it''s';",
        r##"
1: T_OPEN_TAG "<?php "
1: T_CONSTANT_ENCAPSED_STRING "'a\\'b\\\\'"
1: T_WHITESPACE " "
1: T_CONSTANT_ENCAPSED_STRING "b'x'"
1: T_WHITESPACE " "
1: T_CONSTANT_ENCAPSED_STRING "B'y'"
1: T_WHITESPACE " "
1: T_CONSTANT_ENCAPSED_STRING "'multi\nline'"
2: T_WHITESPACE " "
2: T_CONSTANT_ENCAPSED_STRING "'it'"
2: T_CONSTANT_ENCAPSED_STRING "'s'"
2: ; ";"
"##,
    );
}

#[test]
fn double_quoted_constant() {
    check(
        b"<?php \"a\\\"b\\$c $ {\" b\"x\" \"\\{$\" \"{ $x}\" \"$1\";",
        r##"
1: T_OPEN_TAG "<?php "
1: T_CONSTANT_ENCAPSED_STRING "\"a\\\"b\\$c $ {\""
1: T_WHITESPACE " "
1: T_CONSTANT_ENCAPSED_STRING "b\"x\""
1: T_WHITESPACE " "
1: T_CONSTANT_ENCAPSED_STRING "\"\\{$\""
1: T_WHITESPACE " "
1: " "\""
1: T_ENCAPSED_AND_WHITESPACE "{ "
1: T_VARIABLE "$x"
1: T_ENCAPSED_AND_WHITESPACE "}"
1: " "\""
1: T_WHITESPACE " "
1: T_CONSTANT_ENCAPSED_STRING "\"$1\""
1: ; ";"
"##,
    );
}

#[test]
fn interpolation() {
    check(
        b"<?php\n$a = \"x $b[0] $c[k] $d[-1] $e->f $g?->h {$i[1]} ${j} ${k[2]} ${l.m} $n->o->p $q-> $r?->1 $s[$t] $u[0x1] $v[01] $w[-0]\";",
        r##"
1: T_OPEN_TAG "<?php\n"
2: T_VARIABLE "$a"
2: T_WHITESPACE " "
2: = "="
2: T_WHITESPACE " "
2: " "\""
2: T_ENCAPSED_AND_WHITESPACE "x "
2: T_VARIABLE "$b"
2: [ "["
2: T_NUM_STRING "0"
2: ] "]"
2: T_ENCAPSED_AND_WHITESPACE " "
2: T_VARIABLE "$c"
2: [ "["
2: T_STRING "k"
2: ] "]"
2: T_ENCAPSED_AND_WHITESPACE " "
2: T_VARIABLE "$d"
2: [ "["
2: - "-"
2: T_NUM_STRING "1"
2: ] "]"
2: T_ENCAPSED_AND_WHITESPACE " "
2: T_VARIABLE "$e"
2: T_OBJECT_OPERATOR "->"
2: T_STRING "f"
2: T_ENCAPSED_AND_WHITESPACE " "
2: T_VARIABLE "$g"
2: T_NULLSAFE_OBJECT_OPERATOR "?->"
2: T_STRING "h"
2: T_ENCAPSED_AND_WHITESPACE " "
2: T_CURLY_OPEN "{"
2: T_VARIABLE "$i"
2: [ "["
2: T_LNUMBER "1"
2: ] "]"
2: } "}"
2: T_ENCAPSED_AND_WHITESPACE " "
2: T_DOLLAR_OPEN_CURLY_BRACES "${"
2: T_STRING_VARNAME "j"
2: } "}"
2: T_ENCAPSED_AND_WHITESPACE " "
2: T_DOLLAR_OPEN_CURLY_BRACES "${"
2: T_STRING_VARNAME "k"
2: [ "["
2: T_LNUMBER "2"
2: ] "]"
2: } "}"
2: T_ENCAPSED_AND_WHITESPACE " "
2: T_DOLLAR_OPEN_CURLY_BRACES "${"
2: T_STRING "l"
2: . "."
2: T_STRING "m"
2: } "}"
2: T_ENCAPSED_AND_WHITESPACE " "
2: T_VARIABLE "$n"
2: T_OBJECT_OPERATOR "->"
2: T_STRING "o"
2: T_ENCAPSED_AND_WHITESPACE "->p "
2: T_VARIABLE "$q"
2: T_ENCAPSED_AND_WHITESPACE "-> "
2: T_VARIABLE "$r"
2: T_ENCAPSED_AND_WHITESPACE "?->1 "
2: T_VARIABLE "$s"
2: [ "["
2: T_VARIABLE "$t"
2: ] "]"
2: T_ENCAPSED_AND_WHITESPACE " "
2: T_VARIABLE "$u"
2: [ "["
2: T_NUM_STRING "0x1"
2: ] "]"
2: T_ENCAPSED_AND_WHITESPACE " "
2: T_VARIABLE "$v"
2: [ "["
2: T_NUM_STRING "01"
2: ] "]"
2: T_ENCAPSED_AND_WHITESPACE " "
2: T_VARIABLE "$w"
2: [ "["
2: - "-"
2: T_NUM_STRING "0"
2: ] "]"
2: " "\""
2: ; ";"
"##,
    );
}

#[test]
fn interpolation_bad_offsets() {
    check(
        b"<?php \"$a[ 1]\"; \"$a[\n1]\"; \"$a[\\'x']\"; \"$a['x']\"; \"$a[1.5]\"; \"$a[9223372036854775808]\"; \"$a[1_0]\";",
        r##"
1: T_OPEN_TAG "<?php "
1: " "\""
1: T_VARIABLE "$a"
1: [ "["
1: T_ENCAPSED_AND_WHITESPACE ""
1: T_ENCAPSED_AND_WHITESPACE " 1]"
1: " "\""
1: ; ";"
1: T_WHITESPACE " "
1: " "\""
1: T_VARIABLE "$a"
1: [ "["
1: T_ENCAPSED_AND_WHITESPACE ""
1: T_ENCAPSED_AND_WHITESPACE "\n1]"
2: " "\""
2: ; ";"
2: T_WHITESPACE " "
2: " "\""
2: T_VARIABLE "$a"
2: [ "["
2: T_ENCAPSED_AND_WHITESPACE ""
2: T_ENCAPSED_AND_WHITESPACE "\\'x']"
2: " "\""
2: ; ";"
2: T_WHITESPACE " "
2: " "\""
2: T_VARIABLE "$a"
2: [ "["
2: T_ENCAPSED_AND_WHITESPACE ""
2: T_ENCAPSED_AND_WHITESPACE "'x']"
2: " "\""
2: ; ";"
2: T_WHITESPACE " "
2: " "\""
2: T_VARIABLE "$a"
2: [ "["
2: T_NUM_STRING "1"
2: . "."
2: T_NUM_STRING "5"
2: ] "]"
2: " "\""
2: ; ";"
2: T_WHITESPACE " "
2: " "\""
2: T_VARIABLE "$a"
2: [ "["
2: T_NUM_STRING "9223372036854775808"
2: ] "]"
2: " "\""
2: ; ";"
2: T_WHITESPACE " "
2: " "\""
2: T_VARIABLE "$a"
2: [ "["
2: T_NUM_STRING "1_0"
2: ] "]"
2: " "\""
2: ; ";"
"##,
    );
}

#[test]
fn curly_interpolation_nesting() {
    check(
        b"<?php \"{$a[\"k\"]} {$b->c(\"{$d}\")} ${e}[ ${f[\"g\"]}\";",
        r##"
1: T_OPEN_TAG "<?php "
1: " "\""
1: T_CURLY_OPEN "{"
1: T_VARIABLE "$a"
1: [ "["
1: T_CONSTANT_ENCAPSED_STRING "\"k\""
1: ] "]"
1: } "}"
1: T_ENCAPSED_AND_WHITESPACE " "
1: T_CURLY_OPEN "{"
1: T_VARIABLE "$b"
1: T_OBJECT_OPERATOR "->"
1: T_STRING "c"
1: ( "("
1: " "\""
1: T_CURLY_OPEN "{"
1: T_VARIABLE "$d"
1: } "}"
1: " "\""
1: ) ")"
1: } "}"
1: T_ENCAPSED_AND_WHITESPACE " "
1: T_DOLLAR_OPEN_CURLY_BRACES "${"
1: T_STRING_VARNAME "e"
1: } "}"
1: T_ENCAPSED_AND_WHITESPACE "[ "
1: T_DOLLAR_OPEN_CURLY_BRACES "${"
1: T_STRING_VARNAME "f"
1: [ "["
1: T_CONSTANT_ENCAPSED_STRING "\"g\""
1: ] "]"
1: } "}"
1: " "\""
1: ; ";"
"##,
    );
}

#[test]
fn backticks() {
    check(
        b"<?php `ls $dir -l {$x}` . `plain\\``;",
        r##"
1: T_OPEN_TAG "<?php "
1: ` "`"
1: T_ENCAPSED_AND_WHITESPACE "ls "
1: T_VARIABLE "$dir"
1: T_ENCAPSED_AND_WHITESPACE " -l "
1: T_CURLY_OPEN "{"
1: T_VARIABLE "$x"
1: } "}"
1: ` "`"
1: T_WHITESPACE " "
1: . "."
1: T_WHITESPACE " "
1: ` "`"
1: T_ENCAPSED_AND_WHITESPACE "plain\\`"
1: ` "`"
1: ; ";"
"##,
    );
}

#[test]
fn heredoc() {
    check(
        b"<?php\n$x = <<<EOT\n  Hello $name\n    {$a[1]} ${b}\n  EOT;\n$y = <<<\"Q\"\nq\nQ . <<<  X\nX;\n",
        r##"
1: T_OPEN_TAG "<?php\n"
2: T_VARIABLE "$x"
2: T_WHITESPACE " "
2: = "="
2: T_WHITESPACE " "
2: T_START_HEREDOC "<<<EOT\n"
3: T_ENCAPSED_AND_WHITESPACE "  Hello "
3: T_VARIABLE "$name"
3: T_ENCAPSED_AND_WHITESPACE "\n    "
4: T_CURLY_OPEN "{"
4: T_VARIABLE "$a"
4: [ "["
4: T_LNUMBER "1"
4: ] "]"
4: } "}"
4: T_ENCAPSED_AND_WHITESPACE " "
4: T_DOLLAR_OPEN_CURLY_BRACES "${"
4: T_STRING_VARNAME "b"
4: } "}"
4: T_ENCAPSED_AND_WHITESPACE "\n"
5: T_END_HEREDOC "  EOT"
5: ; ";"
5: T_WHITESPACE "\n"
6: T_VARIABLE "$y"
6: T_WHITESPACE " "
6: = "="
6: T_WHITESPACE " "
6: T_START_HEREDOC "<<<\"Q\"\n"
7: T_ENCAPSED_AND_WHITESPACE "q\n"
8: T_END_HEREDOC "Q"
8: T_WHITESPACE " "
8: . "."
8: T_WHITESPACE " "
8: T_START_HEREDOC "<<<  X\n"
9: T_END_HEREDOC "X"
9: ; ";"
9: T_WHITESPACE "\n"
"##,
    );
}

#[test]
fn nowdoc() {
    check(
        b"<?php\n$x = <<<'EOT'\n  raw $x {$y}\n  EOT . B<<<'E'\nE;\n",
        r##"
1: T_OPEN_TAG "<?php\n"
2: T_VARIABLE "$x"
2: T_WHITESPACE " "
2: = "="
2: T_WHITESPACE " "
2: T_START_HEREDOC "<<<'EOT'\n"
3: T_ENCAPSED_AND_WHITESPACE "  raw $x {$y}\n"
4: T_END_HEREDOC "  EOT"
4: T_WHITESPACE " "
4: . "."
4: T_WHITESPACE " "
4: T_START_HEREDOC "B<<<'E'\n"
5: T_END_HEREDOC "E"
5: ; ";"
5: T_WHITESPACE "\n"
"##,
    );
}

#[test]
fn heredoc_flexible_marker() {
    check(
        b"<?php\nf(<<<EOT\n    a\n   EOT, 1);\n$x = [<<<EOT\n\tb\n\tEOT];\n$y = <<<EOT\nEOTX\nEOT\n;\n",
        r##"
1: T_OPEN_TAG "<?php\n"
2: T_STRING "f"
2: ( "("
2: T_START_HEREDOC "<<<EOT\n"
3: T_ENCAPSED_AND_WHITESPACE "    a\n"
4: T_END_HEREDOC "   EOT"
4: , ","
4: T_WHITESPACE " "
4: T_LNUMBER "1"
4: ) ")"
4: ; ";"
4: T_WHITESPACE "\n"
5: T_VARIABLE "$x"
5: T_WHITESPACE " "
5: = "="
5: T_WHITESPACE " "
5: [ "["
5: T_START_HEREDOC "<<<EOT\n"
6: T_ENCAPSED_AND_WHITESPACE "\tb\n"
7: T_END_HEREDOC "\tEOT"
7: ] "]"
7: ; ";"
7: T_WHITESPACE "\n"
8: T_VARIABLE "$y"
8: T_WHITESPACE " "
8: = "="
8: T_WHITESPACE " "
8: T_START_HEREDOC "<<<EOT\n"
9: T_ENCAPSED_AND_WHITESPACE "EOTX\n"
10: T_END_HEREDOC "EOT"
10: T_WHITESPACE "\n"
11: ; ";"
11: T_WHITESPACE "\n"
"##,
    );
}

#[test]
fn heredoc_crlf_and_empty() {
    check(
        b"<?php\r\n$a = <<<EOT\r\nline1\r\n\r\nEOT;\r\n$b = <<<EOT\r\nEOT;\r\n$c = <<<EOT\n\nEOT;\n",
        r##"
1: T_OPEN_TAG "<?php\r\n"
2: T_VARIABLE "$a"
2: T_WHITESPACE " "
2: = "="
2: T_WHITESPACE " "
2: T_START_HEREDOC "<<<EOT\r\n"
3: T_ENCAPSED_AND_WHITESPACE "line1\r\n\r\n"
5: T_END_HEREDOC "EOT"
5: ; ";"
5: T_WHITESPACE "\r\n"
6: T_VARIABLE "$b"
6: T_WHITESPACE " "
6: = "="
6: T_WHITESPACE " "
6: T_START_HEREDOC "<<<EOT\r\n"
7: T_END_HEREDOC "EOT"
7: ; ";"
7: T_WHITESPACE "\r\n"
8: T_VARIABLE "$c"
8: T_WHITESPACE " "
8: = "="
8: T_WHITESPACE " "
8: T_START_HEREDOC "<<<EOT\n"
9: T_ENCAPSED_AND_WHITESPACE "\n"
10: T_END_HEREDOC "EOT"
10: ; ";"
10: T_WHITESPACE "\n"
"##,
    );
}

#[test]
fn heredoc_nested_in_interpolation() {
    check(
        b"<?php\n$x = <<<A\n{$f(<<<B\n  inner $v\n  B)}\nA;\n",
        r##"
1: T_OPEN_TAG "<?php\n"
2: T_VARIABLE "$x"
2: T_WHITESPACE " "
2: = "="
2: T_WHITESPACE " "
2: T_START_HEREDOC "<<<A\n"
3: T_CURLY_OPEN "{"
3: T_VARIABLE "$f"
3: ( "("
3: T_START_HEREDOC "<<<B\n"
4: T_ENCAPSED_AND_WHITESPACE "  inner "
4: T_VARIABLE "$v"
4: T_ENCAPSED_AND_WHITESPACE "\n"
5: T_END_HEREDOC "  B"
5: ) ")"
5: } "}"
5: T_ENCAPSED_AND_WHITESPACE "\n"
6: T_END_HEREDOC "A"
6: ; ";"
6: T_WHITESPACE "\n"
"##,
    );
}

#[test]
fn heredoc_unterminated() {
    check(
        b"<?php\n$x = <<<EOT\nabc $d\n  ",
        r##"
1: T_OPEN_TAG "<?php\n"
2: T_VARIABLE "$x"
2: T_WHITESPACE " "
2: = "="
2: T_WHITESPACE " "
2: T_START_HEREDOC "<<<EOT\n"
3: T_ENCAPSED_AND_WHITESPACE "abc "
3: T_VARIABLE "$d"
3: T_ENCAPSED_AND_WHITESPACE "\n  "
"##,
    );
}

#[test]
fn heredoc_invalid_start() {
    check(
        b"<?php $a <<< 1; $a<<<=2; b<<<X;",
        r##"
1: T_OPEN_TAG "<?php "
1: T_VARIABLE "$a"
1: T_WHITESPACE " "
1: T_SL "<<"
1: < "<"
1: T_WHITESPACE " "
1: T_LNUMBER "1"
1: ; ";"
1: T_WHITESPACE " "
1: T_VARIABLE "$a"
1: T_SL "<<"
1: T_IS_SMALLER_OR_EQUAL "<="
1: T_LNUMBER "2"
1: ; ";"
1: T_WHITESPACE " "
1: T_STRING "b"
1: T_SL "<<"
1: < "<"
1: T_STRING "X"
1: ; ";"
"##,
    );
}

#[test]
fn casts() {
    check(
        b"<?php (int)$a; ( integer\t)$a; (INT)$a; (bool)(boolean)(float)(double)(real)(string)(binary)(array)(object)(unset)$a; (int )$a; (in t)$a; (foo)$a;",
        r##"
1: T_OPEN_TAG "<?php "
1: T_INT_CAST "(int)"
1: T_VARIABLE "$a"
1: ; ";"
1: T_WHITESPACE " "
1: T_INT_CAST "( integer\t)"
1: T_VARIABLE "$a"
1: ; ";"
1: T_WHITESPACE " "
1: T_INT_CAST "(INT)"
1: T_VARIABLE "$a"
1: ; ";"
1: T_WHITESPACE " "
1: T_BOOL_CAST "(bool)"
1: T_BOOL_CAST "(boolean)"
1: T_DOUBLE_CAST "(float)"
1: T_DOUBLE_CAST "(double)"
1: T_DOUBLE_CAST "(real)"
1: T_STRING_CAST "(string)"
1: T_STRING_CAST "(binary)"
1: T_ARRAY_CAST "(array)"
1: T_OBJECT_CAST "(object)"
1: T_UNSET_CAST "(unset)"
1: T_VARIABLE "$a"
1: ; ";"
1: T_WHITESPACE " "
1: T_INT_CAST "(int )"
1: T_VARIABLE "$a"
1: ; ";"
1: T_WHITESPACE " "
1: ( "("
1: T_STRING "in"
1: T_WHITESPACE " "
1: T_STRING "t"
1: ) ")"
1: T_VARIABLE "$a"
1: ; ";"
1: T_WHITESPACE " "
1: ( "("
1: T_STRING "foo"
1: ) ")"
1: T_VARIABLE "$a"
1: ; ";"
"##,
    );
}

#[test]
fn keywords_ignore_case() {
    check(
        b"<?php ECHO Function fn FN Exit die AND or XoR __CLASS__ __line__ __Halt_Compiler INSTANCEOF match readonly(1); readonly class;",
        r##"
1: T_OPEN_TAG "<?php "
1: T_ECHO "ECHO"
1: T_WHITESPACE " "
1: T_FUNCTION "Function"
1: T_WHITESPACE " "
1: T_FN "fn"
1: T_WHITESPACE " "
1: T_FN "FN"
1: T_WHITESPACE " "
1: T_EXIT "Exit"
1: T_WHITESPACE " "
1: T_EXIT "die"
1: T_WHITESPACE " "
1: T_LOGICAL_AND "AND"
1: T_WHITESPACE " "
1: T_LOGICAL_OR "or"
1: T_WHITESPACE " "
1: T_LOGICAL_XOR "XoR"
1: T_WHITESPACE " "
1: T_CLASS_C "__CLASS__"
1: T_WHITESPACE " "
1: T_LINE "__line__"
1: T_WHITESPACE " "
1: T_HALT_COMPILER "__Halt_Compiler"
1: T_WHITESPACE " "
1: T_INSTANCEOF "INSTANCEOF"
1: T_WHITESPACE " "
1: T_MATCH "match"
1: T_WHITESPACE " "
1: T_READONLY "readonly"
1: T_INLINE_HTML "(1); readonly class;"
"##,
    );
}

#[test]
fn yield_from() {
    check(
        b"<?php yield from $x; yield\n  from $y; yield/**/from $z; yield fromage; YIELD FROM $w; yield from",
        r##"
1: T_OPEN_TAG "<?php "
1: T_YIELD_FROM "yield from"
1: T_WHITESPACE " "
1: T_VARIABLE "$x"
1: ; ";"
1: T_WHITESPACE " "
1: T_YIELD_FROM "yield\n  from"
2: T_WHITESPACE " "
2: T_VARIABLE "$y"
2: ; ";"
2: T_WHITESPACE " "
2: T_YIELD "yield"
2: T_COMMENT "/**/"
2: T_STRING "from"
2: T_WHITESPACE " "
2: T_VARIABLE "$z"
2: ; ";"
2: T_WHITESPACE " "
2: T_YIELD "yield"
2: T_WHITESPACE " "
2: T_STRING "fromage"
2: ; ";"
2: T_WHITESPACE " "
2: T_YIELD_FROM "YIELD FROM"
2: T_WHITESPACE " "
2: T_VARIABLE "$w"
2: ; ";"
2: T_WHITESPACE " "
2: T_YIELD_FROM "yield from"
"##,
    );
}

#[test]
fn enum_lookahead() {
    check(
        b"<?php enum Foo {} enum extends; enum\nimplements X; enum /* x */ Bar {} enum(1); enum; enum Extendsx {}",
        r##"
1: T_OPEN_TAG "<?php "
1: T_ENUM "enum"
1: T_WHITESPACE " "
1: T_STRING "Foo"
1: T_WHITESPACE " "
1: { "{"
1: } "}"
1: T_WHITESPACE " "
1: T_STRING "enum"
1: T_WHITESPACE " "
1: T_EXTENDS "extends"
1: ; ";"
1: T_WHITESPACE " "
1: T_STRING "enum"
1: T_WHITESPACE "\n"
2: T_IMPLEMENTS "implements"
2: T_WHITESPACE " "
2: T_STRING "X"
2: ; ";"
2: T_WHITESPACE " "
2: T_STRING "enum"
2: T_WHITESPACE " "
2: T_COMMENT "/* x */"
2: T_WHITESPACE " "
2: T_STRING "Bar"
2: T_WHITESPACE " "
2: { "{"
2: } "}"
2: T_WHITESPACE " "
2: T_STRING "enum"
2: ( "("
2: T_LNUMBER "1"
2: ) ")"
2: ; ";"
2: T_WHITESPACE " "
2: T_STRING "enum"
2: ; ";"
2: T_WHITESPACE " "
2: T_STRING "enum"
2: T_WHITESPACE " "
2: T_STRING "Extendsx"
2: T_WHITESPACE " "
2: { "{"
2: } "}"
"##,
    );
}

#[test]
fn names() {
    check(
        b"<?php Foo\\Bar \\Foo namespace\\Foo Foo\\ \\ namespace \\namespace\\Foo Foo\\namespace\\Bar Foo \\ Bar NAMESPACE\\x namespace\\\\x",
        r##"
1: T_OPEN_TAG "<?php "
1: T_NAME_QUALIFIED "Foo\\Bar"
1: T_WHITESPACE " "
1: T_NAME_FULLY_QUALIFIED "\\Foo"
1: T_WHITESPACE " "
1: T_NAME_RELATIVE "namespace\\Foo"
1: T_WHITESPACE " "
1: T_STRING "Foo"
1: T_NS_SEPARATOR "\\"
1: T_WHITESPACE " "
1: T_NS_SEPARATOR "\\"
1: T_WHITESPACE " "
1: T_NAMESPACE "namespace"
1: T_WHITESPACE " "
1: T_NAME_FULLY_QUALIFIED "\\namespace\\Foo"
1: T_WHITESPACE " "
1: T_NAME_QUALIFIED "Foo\\namespace\\Bar"
1: T_WHITESPACE " "
1: T_STRING "Foo"
1: T_WHITESPACE " "
1: T_NS_SEPARATOR "\\"
1: T_WHITESPACE " "
1: T_STRING "Bar"
1: T_WHITESPACE " "
1: T_NAME_RELATIVE "NAMESPACE\\x"
1: T_WHITESPACE " "
1: T_NAMESPACE "namespace"
1: T_NS_SEPARATOR "\\"
1: T_NAME_FULLY_QUALIFIED "\\x"
"##,
    );
}

#[test]
fn ampersands() {
    check(
        b"<?php $a & $b; $a &$b; $a & ...$c; $a &/*x*/ $d; $a &\n$e; $a && $b; $a &= $b; fn&($x) => $x; function &f(&...$a) {}",
        r##"
1: T_OPEN_TAG "<?php "
1: T_VARIABLE "$a"
1: T_WHITESPACE " "
1: T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG "&"
1: T_WHITESPACE " "
1: T_VARIABLE "$b"
1: ; ";"
1: T_WHITESPACE " "
1: T_VARIABLE "$a"
1: T_WHITESPACE " "
1: T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG "&"
1: T_VARIABLE "$b"
1: ; ";"
1: T_WHITESPACE " "
1: T_VARIABLE "$a"
1: T_WHITESPACE " "
1: T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG "&"
1: T_WHITESPACE " "
1: T_ELLIPSIS "..."
1: T_VARIABLE "$c"
1: ; ";"
1: T_WHITESPACE " "
1: T_VARIABLE "$a"
1: T_WHITESPACE " "
1: T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG "&"
1: T_COMMENT "/*x*/"
1: T_WHITESPACE " "
1: T_VARIABLE "$d"
1: ; ";"
1: T_WHITESPACE " "
1: T_VARIABLE "$a"
1: T_WHITESPACE " "
1: T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG "&"
1: T_WHITESPACE "\n"
2: T_VARIABLE "$e"
2: ; ";"
2: T_WHITESPACE " "
2: T_VARIABLE "$a"
2: T_WHITESPACE " "
2: T_BOOLEAN_AND "&&"
2: T_WHITESPACE " "
2: T_VARIABLE "$b"
2: ; ";"
2: T_WHITESPACE " "
2: T_VARIABLE "$a"
2: T_WHITESPACE " "
2: T_AND_EQUAL "&="
2: T_WHITESPACE " "
2: T_VARIABLE "$b"
2: ; ";"
2: T_WHITESPACE " "
2: T_FN "fn"
2: T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG "&"
2: ( "("
2: T_VARIABLE "$x"
2: ) ")"
2: T_WHITESPACE " "
2: T_DOUBLE_ARROW "=>"
2: T_WHITESPACE " "
2: T_VARIABLE "$x"
2: ; ";"
2: T_WHITESPACE " "
2: T_FUNCTION "function"
2: T_WHITESPACE " "
2: T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG "&"
2: T_STRING "f"
2: ( "("
2: T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG "&"
2: T_ELLIPSIS "..."
2: T_VARIABLE "$a"
2: ) ")"
2: T_WHITESPACE " "
2: { "{"
2: } "}"
"##,
    );
}

#[test]
fn operators() {
    check(
        b"<?php += -= *= /= .= %= &= |= ^= <<= >>= ??= **= || && == != <> === !== <= >= <=> << >> ++ -- -> ?-> => :: \\ ... ?? ** ; , . [ ] ( ) | ^ + - / * = % ! ~ $ < > ? : @ { } #[A]",
        r##"
1: T_OPEN_TAG "<?php "
1: T_PLUS_EQUAL "+="
1: T_WHITESPACE " "
1: T_MINUS_EQUAL "-="
1: T_WHITESPACE " "
1: T_MUL_EQUAL "*="
1: T_WHITESPACE " "
1: T_DIV_EQUAL "/="
1: T_WHITESPACE " "
1: T_CONCAT_EQUAL ".="
1: T_WHITESPACE " "
1: T_MOD_EQUAL "%="
1: T_WHITESPACE " "
1: T_AND_EQUAL "&="
1: T_WHITESPACE " "
1: T_OR_EQUAL "|="
1: T_WHITESPACE " "
1: T_XOR_EQUAL "^="
1: T_WHITESPACE " "
1: T_SL_EQUAL "<<="
1: T_WHITESPACE " "
1: T_SR_EQUAL ">>="
1: T_WHITESPACE " "
1: T_COALESCE_EQUAL "??="
1: T_WHITESPACE " "
1: T_POW_EQUAL "**="
1: T_WHITESPACE " "
1: T_BOOLEAN_OR "||"
1: T_WHITESPACE " "
1: T_BOOLEAN_AND "&&"
1: T_WHITESPACE " "
1: T_IS_EQUAL "=="
1: T_WHITESPACE " "
1: T_IS_NOT_EQUAL "!="
1: T_WHITESPACE " "
1: T_IS_NOT_EQUAL "<>"
1: T_WHITESPACE " "
1: T_IS_IDENTICAL "==="
1: T_WHITESPACE " "
1: T_IS_NOT_IDENTICAL "!=="
1: T_WHITESPACE " "
1: T_IS_SMALLER_OR_EQUAL "<="
1: T_WHITESPACE " "
1: T_IS_GREATER_OR_EQUAL ">="
1: T_WHITESPACE " "
1: T_SPACESHIP "<=>"
1: T_WHITESPACE " "
1: T_SL "<<"
1: T_WHITESPACE " "
1: T_SR ">>"
1: T_WHITESPACE " "
1: T_INC "++"
1: T_WHITESPACE " "
1: T_DEC "--"
1: T_WHITESPACE " "
1: T_OBJECT_OPERATOR "->"
1: T_WHITESPACE " "
1: T_NULLSAFE_OBJECT_OPERATOR "?->"
1: T_WHITESPACE " "
1: T_DOUBLE_ARROW "=>"
1: T_WHITESPACE " "
1: T_DOUBLE_COLON "::"
1: T_WHITESPACE " "
1: T_NS_SEPARATOR "\\"
1: T_WHITESPACE " "
1: T_ELLIPSIS "..."
1: T_WHITESPACE " "
1: T_COALESCE "??"
1: T_WHITESPACE " "
1: T_POW "**"
1: T_WHITESPACE " "
1: ; ";"
1: T_WHITESPACE " "
1: , ","
1: T_WHITESPACE " "
1: . "."
1: T_WHITESPACE " "
1: [ "["
1: T_WHITESPACE " "
1: ] "]"
1: T_WHITESPACE " "
1: ( "("
1: T_WHITESPACE " "
1: ) ")"
1: T_WHITESPACE " "
1: | "|"
1: T_WHITESPACE " "
1: ^ "^"
1: T_WHITESPACE " "
1: + "+"
1: T_WHITESPACE " "
1: - "-"
1: T_WHITESPACE " "
1: / "/"
1: T_WHITESPACE " "
1: * "*"
1: T_WHITESPACE " "
1: = "="
1: T_WHITESPACE " "
1: % "%"
1: T_WHITESPACE " "
1: ! "!"
1: T_WHITESPACE " "
1: ~ "~"
1: T_WHITESPACE " "
1: $ "$"
1: T_WHITESPACE " "
1: < "<"
1: T_WHITESPACE " "
1: > ">"
1: T_WHITESPACE " "
1: ? "?"
1: T_WHITESPACE " "
1: : ":"
1: T_WHITESPACE " "
1: @ "@"
1: T_WHITESPACE " "
1: { "{"
1: T_WHITESPACE " "
1: } "}"
1: T_WHITESPACE " "
1: T_ATTRIBUTE "#["
1: T_STRING "A"
1: ] "]"
"##,
    );
}

#[test]
fn property_lookup() {
    check(
        b"<?php $a->class; $a?->list; $a -> foreach; $a::class; $a->/* c */b; $a->\n// c\nc; $a->$b; $a->{'c'};",
        r##"
1: T_OPEN_TAG "<?php "
1: T_VARIABLE "$a"
1: T_OBJECT_OPERATOR "->"
1: T_STRING "class"
1: ; ";"
1: T_WHITESPACE " "
1: T_VARIABLE "$a"
1: T_NULLSAFE_OBJECT_OPERATOR "?->"
1: T_STRING "list"
1: ; ";"
1: T_WHITESPACE " "
1: T_VARIABLE "$a"
1: T_WHITESPACE " "
1: T_OBJECT_OPERATOR "->"
1: T_WHITESPACE " "
1: T_STRING "foreach"
1: ; ";"
1: T_WHITESPACE " "
1: T_VARIABLE "$a"
1: T_DOUBLE_COLON "::"
1: T_CLASS "class"
1: ; ";"
1: T_WHITESPACE " "
1: T_VARIABLE "$a"
1: T_OBJECT_OPERATOR "->"
1: T_COMMENT "/* c */"
1: T_STRING "b"
1: ; ";"
1: T_WHITESPACE " "
1: T_VARIABLE "$a"
1: T_OBJECT_OPERATOR "->"
1: T_WHITESPACE "\n"
2: T_COMMENT "// c"
2: T_WHITESPACE "\n"
3: T_STRING "c"
3: ; ";"
3: T_WHITESPACE " "
3: T_VARIABLE "$a"
3: T_OBJECT_OPERATOR "->"
3: T_VARIABLE "$b"
3: ; ";"
3: T_WHITESPACE " "
3: T_VARIABLE "$a"
3: T_OBJECT_OPERATOR "->"
3: { "{"
3: T_CONSTANT_ENCAPSED_STRING "'c'"
3: } "}"
3: ; ";"
"##,
    );
}

#[test]
fn halt_compiler() {
    check(
        b"<?php echo 1; __halt_compiler ( ) ;\n raw \x00 data <?php echo 2;",
        r##"
1: T_OPEN_TAG "<?php "
1: T_ECHO "echo"
1: T_WHITESPACE " "
1: T_LNUMBER "1"
1: ; ";"
1: T_WHITESPACE " "
1: T_HALT_COMPILER "__halt_compiler"
1: T_WHITESPACE " "
1: ( "("
1: T_WHITESPACE " "
1: ) ")"
1: T_WHITESPACE " "
1: ; ";"
1: T_INLINE_HTML "\n raw \x00 data <?php echo 2;"
"##,
    );
}

#[test]
fn halt_compiler_close_tag() {
    check(
        b"<?php __halt_compiler()?>\nrest",
        r##"
1: T_OPEN_TAG "<?php "
1: T_HALT_COMPILER "__halt_compiler"
1: ( "("
1: ) ")"
1: T_CLOSE_TAG "?>\n"
1: T_INLINE_HTML "rest"
"##,
    );
}

#[test]
fn non_utf8_bytes() {
    check(
        b"<?php $\xff\xfe = '\x80'; f\xe9(); \"\xc3( $\xe9t\xe9\"; \x01 ;",
        r##"
1: T_OPEN_TAG "<?php "
1: T_VARIABLE "$\xff\xfe"
1: T_WHITESPACE " "
1: = "="
1: T_WHITESPACE " "
1: T_CONSTANT_ENCAPSED_STRING "'\x80'"
1: ; ";"
1: T_WHITESPACE " "
1: T_STRING "f\xe9"
1: ( "("
1: ) ")"
1: ; ";"
1: T_WHITESPACE " "
1: " "\""
1: T_ENCAPSED_AND_WHITESPACE "\xc3( "
1: T_VARIABLE "$\xe9t\xe9"
1: " "\""
1: ; ";"
1: T_WHITESPACE " "
1: T_BAD_CHARACTER "\x01"
1: T_WHITESPACE " "
1: ; ";"
"##,
    );
}

#[test]
fn line_numbers() {
    check(
        b"<?php\n$a = 'x\ny';\n/* a\nb */ $b\n= \"c\r\nd $e\n f\";\r$g\r\r\n$h;\n?>\n\n<?php $i;",
        r##"
1: T_OPEN_TAG "<?php\n"
2: T_VARIABLE "$a"
2: T_WHITESPACE " "
2: = "="
2: T_WHITESPACE " "
2: T_CONSTANT_ENCAPSED_STRING "'x\ny'"
3: ; ";"
3: T_WHITESPACE "\n"
4: T_COMMENT "/* a\nb */"
5: T_WHITESPACE " "
5: T_VARIABLE "$b"
5: T_WHITESPACE "\n"
6: = "="
6: T_WHITESPACE " "
6: " "\""
6: T_ENCAPSED_AND_WHITESPACE "c\r\nd "
7: T_VARIABLE "$e"
7: T_ENCAPSED_AND_WHITESPACE "\n f"
8: " "\""
8: ; ";"
8: T_WHITESPACE "\r"
9: T_VARIABLE "$g"
9: T_WHITESPACE "\r\r\n"
11: T_VARIABLE "$h"
11: ; ";"
11: T_WHITESPACE "\n"
12: T_CLOSE_TAG "?>\n"
13: T_INLINE_HTML "\n"
14: T_OPEN_TAG "<?php "
14: T_VARIABLE "$i"
14: ; ";"
"##,
    );
}

#[test]
fn unterminated_strings() {
    check(
        b"<?php\n$x = \"abc\n$y = 'def\n",
        r##"
1: T_OPEN_TAG "<?php\n"
2: T_VARIABLE "$x"
2: T_WHITESPACE " "
2: = "="
2: T_WHITESPACE " "
2: " "\""
2: T_ENCAPSED_AND_WHITESPACE "abc\n"
3: T_VARIABLE "$y"
3: T_ENCAPSED_AND_WHITESPACE " = 'def\n"
"##,
    );
}

#[test]
fn bad_characters() {
    check(
        b"<?php \x00 \x01 \x7f ^ $$a $ ;",
        r##"
1: T_OPEN_TAG "<?php "
1: T_BAD_CHARACTER "\x00"
1: T_WHITESPACE " "
1: T_BAD_CHARACTER "\x01"
1: T_WHITESPACE " "
1: T_BAD_CHARACTER "\x7f"
1: T_WHITESPACE " "
1: ^ "^"
1: T_WHITESPACE " "
1: $ "$"
1: T_VARIABLE "$a"
1: T_WHITESPACE " "
1: $ "$"
1: T_WHITESPACE " "
1: ; ";"
"##,
    );
}

#[test]
fn real_cast_removed() {
    check_errors(
        b"<?php\n$x = (real) 1;\n",
        Some((
            r#"The (real) cast has been removed, use (float) instead"#,
            2,
        )),
        &[],
    );
}

#[test]
fn invalid_octal() {
    check_errors(
        b"<?php\n\n$x = 08;\n",
        Some((r#"Invalid numeric literal"#, 3)),
        &[],
    );
}

#[test]
fn invalid_octal_underscore() {
    check_errors(
        b"<?php\n$x = 0_8;\n",
        Some((r#"Invalid numeric literal"#, 2)),
        &[],
    );
}

#[test]
fn unterminated_comment_is_a_parse_error() {
    check_errors(
        b"<?php\n$a = 1;\n/* abc\n\n",
        Some((r#"Unterminated comment starting line 3"#, 3)),
        &[],
    );
}

#[test]
fn unterminated_doc_comment() {
    check_errors(
        b"<?php\n/** abc\n",
        Some((r#"Unterminated comment starting line 2"#, 2)),
        &[],
    );
}

#[test]
fn bad_codepoint() {
    check_errors(
        b"<?php\n$x = \"a\nb\\u{zz}\";\n",
        Some((r#"Invalid UTF-8 codepoint escape sequence"#, 3)),
        &[],
    );
}

#[test]
fn empty_codepoint() {
    check_errors(
        b"<?php\n$x = \"$y \\u{}\";\n",
        Some((r#"Invalid UTF-8 codepoint escape sequence"#, 2)),
        &[],
    );
}

#[test]
fn codepoint_too_large() {
    check_errors(
        b"<?php\n$x = `\\u{110000}`;\n",
        Some((
            r#"Invalid UTF-8 codepoint escape sequence: Codepoint too large"#,
            2,
        )),
        &[],
    );
}

#[test]
fn octal_escape_overflow_is_a_warning() {
    check_errors(
        b"<?php\n$x = \"\\400\";\n$y = \"a\n$b \\777\";\n",
        None,
        &[
            (
                r#"Octal escape sequence overflow \400 is greater than \377"#,
                2,
            ),
            (
                r#"Octal escape sequence overflow \777 is greater than \377"#,
                4,
            ),
        ],
    );
}

#[test]
fn mismatched_bracket() {
    check_errors(
        b"<?php\nfoo(];\n",
        Some((r#"Unclosed '(' does not match ']'"#, 2)),
        &[],
    );
}

#[test]
fn mismatched_bracket_other_line() {
    check_errors(
        b"<?php\nfoo(\n];\n",
        Some((r#"Unclosed '(' on line 2 does not match ']'"#, 3)),
        &[],
    );
}

#[test]
fn unclosed_at_eof() {
    check_errors(
        b"<?php\nfoo(\n\n",
        Some((r#"Unclosed '(' on line 2"#, 4)),
        &[],
    );
}

#[test]
fn unclosed_innermost() {
    check_errors(
        b"<?php\n{\n[\n",
        Some((r#"Unclosed '[' on line 3"#, 4)),
        &[],
    );
}

#[test]
fn unclosed_same_line() {
    check_errors(b"<?php {", Some((r#"Unclosed '{'"#, 1)), &[]);
}

#[test]
fn unmatched_brace() {
    check_errors(b"<?php\n}\n", Some((r#"Unmatched '}'"#, 2)), &[]);
}

#[test]
fn unclosed_string_interpolation() {
    check_errors(
        b"<?php\nf(\"{$a\n",
        Some((r#"Unclosed '{' on line 2"#, 3)),
        &[],
    );
}

#[test]
fn unclosed_dollar_brace() {
    check_errors(
        b"<?php\n\"${a\n",
        Some((r#"Unclosed '{' on line 2"#, 3)),
        &[],
    );
}

#[test]
fn heredoc_body_indentation() {
    check_errors(
        b"<?php\n$x = <<<EOT\n  a\n b\n  EOT;\n",
        Some((
            r#"Invalid body indentation level (expecting an indentation level of at least 2)"#,
            4,
        )),
        &[],
    );
}

#[test]
fn heredoc_mixed_indentation() {
    check_errors(
        b"<?php\n$x = <<<EOT\n \ta\n \tEOT;\n",
        Some((
            r#"Invalid indentation - tabs and spaces cannot be mixed"#,
            3,
        )),
        &[],
    );
}

#[test]
fn heredoc_mixed_indentation_empty_body() {
    check_errors(
        b"<?php\n\necho <<<END\n\t END;\n",
        Some((
            r#"Invalid indentation - tabs and spaces cannot be mixed"#,
            4,
        )),
        &[],
    );
}

#[test]
fn heredoc_tabs_vs_spaces() {
    check_errors(
        b"<?php\n$x = <<<EOT\n\ta\n  EOT;\n",
        Some((
            r#"Invalid indentation - tabs and spaces cannot be mixed"#,
            3,
        )),
        &[],
    );
}

#[test]
fn heredoc_line_cut_by_interpolation() {
    check_errors(
        b"<?php\n$x = <<<EOT\n  a\n$b\n  EOT;\n",
        Some((
            r#"Invalid body indentation level (expecting an indentation level of at least 2)"#,
            4,
        )),
        &[],
    );
}

#[test]
fn heredoc_interpolation_first() {
    check_errors(
        b"<?php\n$x = <<<EOT\n$b\n  EOT;\n",
        Some((
            r#"Invalid body indentation level (expecting an indentation level of at least 2)"#,
            0,
        )),
        &[],
    );
}

#[test]
fn heredoc_escape_error() {
    check_errors(
        b"<?php\n$x = <<<EOT\n  a\n  b\\u{x}\n  EOT;\n",
        Some((r#"Invalid UTF-8 codepoint escape sequence"#, 4)),
        &[],
    );
}

#[test]
fn nowdoc_body_indentation() {
    check_errors(
        b"<?php\n$x = <<<'EOT'\n    a\n  b\n    EOT;\n",
        Some((
            r#"Invalid body indentation level (expecting an indentation level of at least 4)"#,
            4,
        )),
        &[],
    );
}

#[test]
fn halt_compiler_inside_braces() {
    check_errors(
        b"<?php\nnamespace foo {\n  __halt_compiler();\n\n",
        Some((r#"Unclosed '{' on line 2"#, 3)),
        &[],
    );
}

#[test]
fn valid_file() {
    check_errors(
        b"<?php\nnamespace A\\B;\n#[Attr(1)]\nfinal class C { public function f(int &...$x): ?static { return $this?->y[\"k{$z}\"] ?? <<<EOT\n    a\n      b $c\n    EOT; } }\n?>\nhtml <?= 1 ?>\n",
        None,
        &[],
    );
}

// ----- parser mode -----

fn kinds(tokens: &[Token]) -> Vec<TokenKind> {
    tokens.iter().map(|t| t.kind).collect()
}

#[test]
fn parser_mode_drops_trivia_and_maps_tags() {
    use TokenKind::*;
    let src = b"a<?= 1 ?>\nb<?php /** doc */ // c\n echo $x ?>";
    let tokens = tokenize_for_parser(src, LexOptions::default()).unwrap();
    assert_eq!(
        kinds(&tokens),
        vec![InlineHtml, Echo, LNumber, Semicolon, InlineHtml, Echo, Variable, Semicolon]
    );
    // Spans stay those of the source tokens: `<?=` and `?>\n`.
    assert_eq!(
        tokens[1].span,
        Span {
            start: 1,
            end: 4,
            line: 1
        }
    );
    assert_eq!(
        tokens[3].span,
        Span {
            start: 7,
            end: 10,
            line: 1
        }
    );
    assert_eq!(tokens[6].span.line, 3);
}

#[test]
fn halt_compiler_offset() {
    let src = b"<?php __halt_compiler ( ) ; DATA \x00\xff";
    let parsed = lex(src, LexOptions::default(), Mode::Parser);
    assert_eq!(parsed.error, None);
    assert_eq!(parsed.halt_offset, Some(27));
    assert_eq!(
        parsed.tokens.last().map(|t| t.kind),
        Some(TokenKind::Semicolon)
    );
    let all = lex(src, LexOptions::default(), Mode::Tokens);
    assert_eq!(all.halt_offset, Some(27));
    let last = all.tokens.last().unwrap();
    assert_eq!(
        (last.kind, last.span.start as usize),
        (TokenKind::InlineHtml, 27)
    );
    // A `?>` ends the statement too; the offset is after its newline.
    let parsed = lex(
        b"<?php __halt_compiler()?>\nrest",
        LexOptions::default(),
        Mode::Parser,
    );
    assert_eq!(parsed.halt_offset, Some(26));
}

#[test]
fn tokens_before_an_error_are_kept() {
    let lexed = lex(
        b"<?php\n$a = 1;\n$b = 08;",
        LexOptions::default(),
        Mode::Parser,
    );
    assert_eq!(
        kinds(&lexed.tokens)[..4],
        [
            TokenKind::Variable,
            TokenKind::Equals,
            TokenKind::LNumber,
            TokenKind::Semicolon
        ]
    );
    let err = tokenize_for_parser(b"<?php\n$a = 1;\n$b = 08;", LexOptions::default());
    assert_eq!(
        err,
        Err(LexError {
            message: "Invalid numeric literal".into(),
            line: 3
        })
    );
}

// ----- token values (expected values printed by php) -----

/// The value of each heredoc in `src`: its parts decoded and joined, with
/// every interpolation replaced by `X`.
fn heredoc_values(src: &[u8]) -> Vec<Vec<u8>> {
    let tokens = tokenize_for_parser(src, LexOptions::default()).unwrap();
    let mut values = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if tokens[i].kind != TokenKind::StartHeredoc {
            i += 1;
            continue;
        }
        let start = tokens[i].span;
        let end_index = (i..tokens.len())
            .find(|&j| tokens[j].kind == TokenKind::EndHeredoc)
            .unwrap();
        let end = tokens[end_index].span;
        let mut value = Vec::new();
        let mut depth = 0;
        for t in &tokens[i + 1..end_index] {
            match t.kind {
                TokenKind::EncapsedAndWhitespace if depth == 0 => {
                    value.extend(decode::heredoc_text(src, start, t.span, end).unwrap())
                }
                TokenKind::Variable if depth == 0 => value.push(b'X'),
                TokenKind::CurlyOpen => {
                    if depth == 0 {
                        value.push(b'X');
                    }
                    depth += 1
                }
                TokenKind::RBrace => depth -= 1,
                _ => {}
            }
        }
        values.push(value);
        i = end_index + 1;
    }
    values
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[test]
fn heredoc_part_values() {
    let src = b"<?php\n$h1 = <<<EOT\n    a\n      b $c\n    EOT;\n$h2 = <<<EOT\n  x\\ty $c[0] \\x41\\u{1F600}\n   z\n  EOT;\n$h3 = <<<'EOT'\n\t raw $c \\t\n\tEOT;\n$h4 = <<<EOT\nEOT;\n$h5 = <<<EOT\n  {$c}\n  end\\\\\n  EOT;\n";
    let values: Vec<String> = heredoc_values(src).iter().map(|v| hex(v)).collect();
    // `[0]` after `$c` is its offset: the test helper skips NumString/brackets.
    assert_eq!(
        values,
        vec![
            "610a2020622058",
            "78097920582041f09f98800a207a",
            "20726177202463205c74",
            "",
            "580a656e645c",
        ]
    );
}

#[test]
fn constant_string_values() {
    let tokens = tokenize_for_parser(
        br#"<?php "a\\'b\101\400\x4g\u{41}\e\$\{"; 'a\'b\\c\n';"#,
        LexOptions::default(),
    )
    .unwrap();
    let src = br#"<?php "a\\'b\101\400\x4g\u{41}\e\$\{"; 'a\'b\\c\n';"#;
    let values: Vec<String> = tokens
        .iter()
        .filter(|t| t.kind == TokenKind::ConstantEncapsedString)
        .map(|t| hex(&decode::constant_string_value(t.text(src)).unwrap()))
        .collect();
    assert_eq!(values, vec!["615c276241000467411b245c7b", "6127625c635c6e"]);
}

#[test]
fn number_values() {
    let src = b"<?php 0x8000000000000000 01000000000000000000000 0b11111111111111111111111111111111111111111111111111111111111111111 0xFFFFFFFFFFFFFFFFFF 18446744073709551616 1e3 .5 1_0.5_0 9999999999999999999999.5 0o777 0x7fff_ffff 0b1_0";
    let tokens = tokenize_for_parser(src, LexOptions::default()).unwrap();
    let values: Vec<NumberLiteral> = tokens
        .iter()
        .map(|t| decode::parse_number_literal(t.text(src)).unwrap())
        .collect();
    use NumberLiteral::*;
    // php: printf("%.17g") of the same literals.
    assert_eq!(
        values,
        vec![
            Float(9.223372036854776e18),
            Float(9.223372036854776e18),
            Float(3.68934881474191e19),
            Float(4.722366482869645e21),
            Float(1.8446744073709552e19),
            Float(1000.0),
            Float(0.5),
            Float(10.5),
            Float(1.0e22),
            Int(511),
            Int(2147483647),
            Int(2),
        ]
    );
    let kinds = kinds(&tokens);
    assert_eq!(
        kinds.iter().filter(|&&k| k == TokenKind::LNumber).count(),
        3
    );
}

#[test]
fn php_names() {
    assert_eq!(TokenKind::Echo.php_name(), "T_ECHO");
    assert_eq!(TokenKind::PaamayimNekudotayim.php_name(), "T_DOUBLE_COLON");
    assert_eq!(TokenKind::Semicolon.php_name(), ";");
    assert_eq!(
        TokenKind::AmpersandFollowedByVarOrVararg.php_name(),
        "T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG"
    );
}

// ----- robustness -----

/// A sample that exercises every state; its truncations end everywhere.
const SAMPLE: &[u8] = b"html <?php\n#[A(1)] final class C extends \\B\\D {\n  /** d */ public function &f(int ...$x): ?static {\n    $s = \"a $b[1] $c[k] $d->e ${f} {$g[\"h\"]} \\u{41} \\400\";\n    $t = <<<EOT\n      x {$y} $z->w\n       $q[-1]\n      EOT;\n    $n = <<<'N'\n  raw\n  N;\n    yield from `ls $p`; // c ?> more <?= 0x1F + 1_0.5e3 + 0o7 ?>\n<?php\n    return (int) $x ?-> y ?? namespace\\a & $b; /* end */ __halt_compiler(); \xff\x00";

fn xorshift(state: &mut u64) -> u64 {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    *state
}

/// Token mode covers the source exactly: every byte in one token, in order,
/// lines never going back.
fn assert_covers(src: &[u8], short: bool) {
    let opts = LexOptions {
        short_open_tag: short,
    };
    let lexed = lex(src, opts, Mode::Tokens);
    assert_eq!(lexed.error, None);
    let mut pos = 0;
    let mut line = 1;
    for t in &lexed.tokens {
        assert_eq!(t.span.start as usize, pos, "gap before {t:?} in {src:?}");
        assert!(
            t.span.end >= t.span.start && t.span.line >= line,
            "{t:?} in {src:?}"
        );
        pos = t.span.end as usize;
        line = t.span.line;
    }
    assert_eq!(pos, src.len(), "not covered: {src:?}");
    let _ = dump_tokens(src, opts);
    // Parser mode must not panic either; without an error it reads the same
    // tokens, trivia aside (a `#!` line is code in token mode only).
    let parsed = lex(src, opts, Mode::Parser);
    if parsed.error.is_none() && !src.starts_with(b"#!") {
        let expected: Vec<(TokenKind, u32)> = lexed
            .tokens
            .iter()
            .filter(|t| !t.kind.is_trivia())
            .filter(|t| lexed.halt_offset.is_none_or(|h| t.span.start < h))
            .map(|t| match t.kind {
                TokenKind::OpenTagWithEcho => (TokenKind::Echo, t.span.start),
                TokenKind::CloseTag => (TokenKind::Semicolon, t.span.start),
                k => (k, t.span.start),
            })
            .collect();
        let got: Vec<(TokenKind, u32)> = parsed
            .tokens
            .iter()
            .map(|t| (t.kind, t.span.start))
            .collect();
        assert_eq!(got, expected, "modes disagree on {src:?}");
    }
}

#[test]
fn truncations_never_panic() {
    for end in 0..=SAMPLE.len() {
        assert_covers(&SAMPLE[..end], false);
        assert_covers(&SAMPLE[..end], true);
    }
}

#[test]
fn random_bytes_never_panic() {
    const ALPHABET: &[u8] = b"<?php=>$'\"`\\{}[]()#/*-.0123456789abexEOT_ \t\n\r\x80\xff&|:;,";
    let mut state = 0x9E37_79B9_7F4A_7C15u64;
    for _ in 0..3000 {
        let len = (xorshift(&mut state) % 80) as usize;
        let mut src = b"<?php ".to_vec();
        for _ in 0..len {
            let r = xorshift(&mut state);
            let b = if r.is_multiple_of(8) {
                (r >> 8) as u8
            } else {
                ALPHABET[(r >> 8) as usize % ALPHABET.len()]
            };
            src.push(b);
        }
        assert_covers(&src, false);
        assert_covers(&src[6..], true);
    }
}

#[test]
fn heredoc_labels_inside_random_text() {
    // Heredoc starts followed by random bodies: decode helpers must not panic either.
    let mut state = 42u64;
    for _ in 0..3000 {
        let mut src = b"<?php <<<EOT\n".to_vec();
        for _ in 0..(xorshift(&mut state) % 40) {
            let pieces: [&[u8]; 12] = [
                b" ",
                b"\t",
                b"\n",
                b"EOT",
                b"$a",
                b"{$b}",
                b"\\u{",
                b"x",
                b"{$f(<<<X\n",
                b"X)}",
                b"\t ",
                b"<<<'EOT'\n",
            ];
            src.extend_from_slice(pieces[(xorshift(&mut state) % 12) as usize]);
        }
        assert_covers(&src, false);
        if let Ok(tokens) = tokenize_for_parser(&src, LexOptions::default()) {
            if let (Some(start), Some(end)) = (
                tokens.iter().find(|t| t.kind == TokenKind::StartHeredoc),
                tokens.iter().find(|t| t.kind == TokenKind::EndHeredoc),
            ) {
                for part in tokens
                    .iter()
                    .filter(|t| t.kind == TokenKind::EncapsedAndWhitespace)
                {
                    let _ = decode::heredoc_text(&src, start.span, part.span, end.span);
                }
            }
        }
    }
}

#[test]
fn characters_inside_string_offsets() {
    check(
        b"<?php \"$a[&]\" \"$a[`]\";",
        r##"
1: T_OPEN_TAG "<?php "
1: " "\""
1: T_VARIABLE "$a"
1: [ "["
1: & "&"
1: ] "]"
1: " "\""
1: T_WHITESPACE " "
1: " "\""
1: T_VARIABLE "$a"
1: [ "["
1: ` "`"
1: ] "]"
1: " "\""
1: ; ";"
"##,
    );
}

#[test]
fn parser_mode_can_keep_doc_comments() {
    use TokenKind::*;
    let src = b"<?php /** a */ function f() {} /* b */ # c\n";
    let lexed = lex(src, LexOptions::default(), Mode::ParserWithDocComments);
    assert_eq!(
        kinds(&lexed.tokens),
        vec![DocComment, Function, String, LParen, RParen, LBrace, RBrace]
    );
    let lexed = lex(src, LexOptions::default(), Mode::Parser);
    assert_eq!(lexed.tokens.len(), 6);
}

#[test]
fn shebang_line_is_skipped_when_compiling() {
    use TokenKind::*;
    // php: `#!/x\r\nhtml<?php echo __LINE__;` prints "html2".
    let src = b"#!/x\r\nhtml<?php echo __LINE__;";
    let tokens = tokenize_for_parser(src, LexOptions::default()).unwrap();
    assert_eq!(kinds(&tokens), vec![InlineHtml, Echo, Line, Semicolon]);
    assert_eq!((tokens[0].span.start, tokens[0].span.line), (6, 2));
    // php: a `\r` inside the line does not count; no `\n` at all hides the whole file.
    let tokens =
        tokenize_for_parser(b"#!/x\rabc\ndef<?php __LINE__;", LexOptions::default()).unwrap();
    assert_eq!(tokens[2].span.line, 2);
    assert_eq!(
        tokenize_for_parser(b"#!/x\r<?php echo 5;", LexOptions::default()),
        Ok(vec![])
    );
    // token_get_all() keeps it as inline HTML.
    assert_eq!(
        tokenize(b"#!/x\n", LexOptions::default()).unwrap()[0].kind,
        InlineHtml
    );
}

#[test]
fn eval_code_starts_in_php() {
    use TokenKind::*;
    // php -r 'eval("echo 1; ?>x<?php echo 2;");' prints "1x2".
    let lexed = crate::lex_eval(
        b"echo 1; ?>x<?php echo 2;",
        LexOptions::default(),
        Mode::Parser,
    );
    assert_eq!(
        kinds(&lexed.tokens),
        vec![Echo, LNumber, Semicolon, Semicolon, InlineHtml, Echo, LNumber, Semicolon]
    );
    let lexed = crate::lex_eval(b"#!x\n$a;", LexOptions::default(), Mode::Tokens);
    assert_eq!(
        kinds(&lexed.tokens),
        vec![Comment, Whitespace, Variable, Semicolon]
    );
}

#[test]
fn heredoc_marker_after_look_ahead_error_stays_in_source() {
    // The look-ahead stops at the inner heredoc's mixed marker with PHP's
    // global indentation (2); the outer marker has none. php's token is
    // "L0;\x00", read past the end; ours stops at the end.
    let src = b"<?php\n$x = <<<\"L0\"\n{$f(<<<\"EOT\"\n  $a\n\t EOT)}\nL0;";
    let tokens = tokenize(src, LexOptions::default()).unwrap();
    let last = tokens.last().unwrap();
    assert_eq!(
        (last.kind, last.span.end as usize),
        (TokenKind::EndHeredoc, src.len())
    );
    let err = tokenize_for_parser(src, LexOptions::default()).unwrap_err();
    assert_eq!(err.line, 0);
}

#[test]
fn heredoc_values_with_crlf_and_cr() {
    // php: bin2hex of these heredocs ($v undefined: empty) is 610d0a0d0a206220 and 78.
    let src = b"<?php echo bin2hex(<<<EOT\r\n  a\r\n\r\n   b $v\r\n  EOT), \"\\n\", bin2hex(<<<EOT\r  x\r  EOT);";
    let values: Vec<String> = heredoc_values(src).iter().map(|v| hex(v)).collect();
    // The helper writes `X` for `$v`: 58.
    assert_eq!(values, vec!["610d0a0d0a20622058", "78"]);
}
