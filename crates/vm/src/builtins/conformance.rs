//! Built-ins called directly on a VM and compared with what php 8.2 prints for the
//! same call (`var_dump` of the result, or the thrown error). The expectations were
//! produced by running real `php -d error_reporting=0` on the commented calls.

use super::testkit::{assoc, cell, f, i, list, s, Kit};
use crate::value::Value;

#[test]
fn calls_match_php() {
    let cases: Vec<(&str, Vec<Value>, &str)> = vec![
        // php: str_pad("5", 3, "0", STR_PAD_LEFT)
        (
            "str_pad",
            vec![s("5"), i(3), s("0"), i(0)],
            "string(3) \"005\"\n",
        ),
        // php: str_pad("abc", 10, "-=", STR_PAD_BOTH)
        (
            "str_pad",
            vec![s("abc"), i(10), s("-="), i(2)],
            "string(10) \"-=-abc-=-=\"\n",
        ),
        // php: str_pad("x", 5, "")
        (
            "str_pad",
            vec![s("x"), i(5), s("")],
            "ValueError: str_pad(): Argument #3 ($pad_string) must be a non-empty string",
        ),
        // php: str_repeat("ab", -1)
        (
            "str_repeat",
            vec![s("ab"), i(-1)],
            "ValueError: str_repeat(): Argument #2 ($times) must be greater than or equal to 0",
        ),
        // php: str_repeat("ab", "3")
        (
            "str_repeat",
            vec![s("ab"), s("3")],
            "string(6) \"ababab\"\n",
        ),
        // php: str_repeat("ab", 2.5)
        (
            "str_repeat",
            vec![s("ab"), f(2.5)],
            "string(4) \"abab\"\n",
        ),
        // php: str_repeat("ab", "x")
        (
            "str_repeat",
            vec![s("ab"), s("x")],
            "TypeError: str_repeat(): Argument #2 ($times) must be of type int, string given",
        ),
        // php: strlen([])
        (
            "strlen",
            vec![list(vec![])],
            "TypeError: strlen(): Argument #1 ($string) must be of type string, array given",
        ),
        // php: strlen(1.5)
        (
            "strlen",
            vec![f(1.5)],
            "int(3)\n",
        ),
        // php: substr("hello", -3, -1)
        (
            "substr",
            vec![s("hello"), i(-3), i(-1)],
            "string(2) \"ll\"\n",
        ),
        // php: substr("hello", 7)
        (
            "substr",
            vec![s("hello"), i(7)],
            "string(0) \"\"\n",
        ),
        // php: strpos("abc", "c", 5)
        (
            "strpos",
            vec![s("abc"), s("c"), i(5)],
            "ValueError: strpos(): Argument #3 ($offset) must be contained in argument #1 ($haystack)",
        ),
        // php: strrpos("abcabc", "b", -3)
        (
            "strrpos",
            vec![s("abcabc"), s("b"), i(-3)],
            "int(1)\n",
        ),
        // php: strrpos("abcabc", "b", -5)
        (
            "strrpos",
            vec![s("abcabc"), s("b"), i(-5)],
            "int(1)\n",
        ),
        // php: stripos("HeLLo", "ll")
        (
            "stripos",
            vec![s("HeLLo"), s("ll")],
            "int(2)\n",
        ),
        // php: explode(",", "a,b,,c")
        (
            "explode",
            vec![s(","), s("a,b,,c")],
            "array(4) {\n  [0]=>\n  string(1) \"a\"\n  [1]=>\n  string(1) \"b\"\n  [2]=>\n  string(0) \"\"\n  [3]=>\n  string(1) \"c\"\n}\n",
        ),
        // php: explode(",", "a,b,c", 2)
        (
            "explode",
            vec![s(","), s("a,b,c"), i(2)],
            "array(2) {\n  [0]=>\n  string(1) \"a\"\n  [1]=>\n  string(3) \"b,c\"\n}\n",
        ),
        // php: explode(",", "a,b,c", -1)
        (
            "explode",
            vec![s(","), s("a,b,c"), i(-1)],
            "array(2) {\n  [0]=>\n  string(1) \"a\"\n  [1]=>\n  string(1) \"b\"\n}\n",
        ),
        // php: explode(",", "", -1)
        (
            "explode",
            vec![s(","), s(""), i(-1)],
            "array(0) {\n}\n",
        ),
        // php: explode("", "abc")
        (
            "explode",
            vec![s(""), s("abc")],
            "ValueError: explode(): Argument #1 ($separator) cannot be empty",
        ),
        // php: implode(",", [1, 2.5, true, null])
        (
            "implode",
            vec![s(","), list(vec![i(1), f(2.5), Value::True, Value::Null])],
            "string(8) \"1,2.5,1,\"\n",
        ),
        // php: implode(["a", "b"])
        (
            "implode",
            vec![list(vec![s("a"), s("b")])],
            "string(2) \"ab\"\n",
        ),
        // php: implode(",", "x")
        (
            "implode",
            vec![s(","), s("x")],
            "TypeError: implode(): Argument #2 ($array) must be of type ?array, string given",
        ),
        // php: trim("abcxcba", "a..c")
        (
            "trim",
            vec![s("abcxcba"), s("a..c")],
            "string(1) \"x\"\n",
        ),
        // php: trim("  x\n")
        (
            "trim",
            vec![s("  x\n")],
            "string(1) \"x\"\n",
        ),
        // php: ucwords("hello world-foo bar_baz", " -")
        (
            "ucwords",
            vec![s("hello world-foo bar_baz"), s(" -")],
            "string(23) \"Hello World-Foo Bar_baz\"\n",
        ),
        // php: wordwrap("The quick brown fox sat over the lazy dog", 15, "<br />\n")
        (
            "wordwrap",
            vec![s("The quick brown fox sat over the lazy dog"), i(15), s("<br />\n")],
            "string(53) \"The quick brown<br />\nfox sat over<br />\nthe lazy dog\"\n",
        ),
        // php: wordwrap("A very long woooooooooooord.", 8, "\n", true)
        (
            "wordwrap",
            vec![s("A very long woooooooooooord."), i(8), s("\n"), Value::True],
            "string(29) \"A very\nlong\nwooooooo\nooooord.\"\n",
        ),
        // php: wordwrap("A very long woooooooooooord. and something", 8)
        (
            "wordwrap",
            vec![s("A very long woooooooooooord. and something"), i(8)],
            "string(42) \"A very\nlong\nwoooooooooooord.\nand\nsomething\"\n",
        ),
        // php: str_word_count("Hello fri3nd, you're looking good today!", 1)
        (
            "str_word_count",
            vec![s("Hello fri3nd, you're looking good today!"), i(1)],
            "array(7) {\n  [0]=>\n  string(5) \"Hello\"\n  [1]=>\n  string(3) \"fri\"\n  [2]=>\n  string(2) \"nd\"\n  [3]=>\n  string(6) \"you're\"\n  [4]=>\n  string(7) \"looking\"\n  [5]=>\n  string(4) \"good\"\n  [6]=>\n  string(5) \"today\"\n}\n",
        ),
        // php: strnatcmp("img12", "img10")
        (
            "strnatcmp",
            vec![s("img12"), s("img10")],
            "int(1)\n",
        ),
        // php: strnatcasecmp("IMG2", "img10")
        (
            "strnatcasecmp",
            vec![s("IMG2"), s("img10")],
            "int(-1)\n",
        ),
        // php: strcmp("a", "c")
        (
            "strcmp",
            vec![s("a"), s("c")],
            "int(-2)\n",
        ),
        // php: strcmp("abc", "a")
        (
            "strcmp",
            vec![s("abc"), s("a")],
            "int(1)\n",
        ),
        // php: htmlspecialchars("<a href='x'>T&amp;C \"q\"</a>")
        (
            "htmlspecialchars",
            vec![s("<a href='x'>T&amp;C \"q\"</a>")],
            "string(63) \"&lt;a href=&#039;x&#039;&gt;T&amp;amp;C &quot;q&quot;&lt;/a&gt;\"\n",
        ),
        // php: nl2br("a\r\nb\nc\rd\n\re")
        (
            "nl2br",
            vec![s("a\r\nb\nc\rd\n\re")],
            "string(35) \"a<br />\r\nb<br />\nc<br />\rd<br />\n\re\"\n",
        ),
        // php: strtr("Hi all, I said hello", ["Hi" => "Hello", "hello" => "hi"])
        (
            "strtr",
            vec![s("Hi all, I said hello"), assoc(vec![("Hi", s("Hello")), ("hello", s("hi"))])],
            "string(20) \"Hello all, I said hi\"\n",
        ),
        // php: similar_text("World", "Word")
        (
            "similar_text",
            vec![s("World"), s("Word")],
            "int(4)\n",
        ),
        // php: levenshtein("kitten", "sitting")
        (
            "levenshtein",
            vec![s("kitten"), s("sitting")],
            "int(3)\n",
        ),
        // php: substr_count("hello hello", "ll", -5)
        (
            "substr_count",
            vec![s("hello hello"), s("ll"), i(-5)],
            "int(1)\n",
        ),
        // php: sprintf("%05.1f|%-6s|%'*8s|%d|%s", 3.15159, "ab", "x", "12", true)
        (
            "sprintf",
            vec![s("%05.1f|%-6s|%'*8s|%d|%s"), f(3.15159), s("ab"), s("x"), s("12"), Value::True],
            "string(26) \"003.2|ab    |*******x|12|1\"\n",
        ),
        // php: sprintf("%d %d", 1)
        (
            "sprintf",
            vec![s("%d %d"), i(1)],
            "ArgumentCountError: 3 arguments are required, 2 given",
        ),
        // php: vsprintf("%d-%s", [5, "x"])
        (
            "vsprintf",
            vec![s("%d-%s"), list(vec![i(5), s("x")])],
            "string(3) \"5-x\"\n",
        ),
        // php: vsprintf("%d-%s", [5])
        (
            "vsprintf",
            vec![s("%d-%s"), list(vec![i(5)])],
            "ValueError: The arguments array must contain 2 items, 1 given",
        ),
        // php: number_format(1234567.891, 2)
        (
            "number_format",
            vec![f(1234567.891), i(2)],
            "string(12) \"1,234,567.89\"\n",
        ),
        // php: number_format(-1234.567, 2, ",", ".")
        (
            "number_format",
            vec![f(-1234.567), i(2), s(","), s(".")],
            "string(9) \"-1.234,57\"\n",
        ),
        // php: number_format(0.5)
        (
            "number_format",
            vec![f(0.5)],
            "string(1) \"1\"\n",
        ),
        // php: round(1.955, 2)
        (
            "round",
            vec![f(1.955), i(2)],
            "float(1.96)\n",
        ),
        // php: round(5, -1)
        (
            "round",
            vec![i(5), i(-1)],
            "float(10)\n",
        ),
        // php: round(-2.5)
        (
            "round",
            vec![f(-2.5)],
            "float(-3)\n",
        ),
        // php: abs(PHP_INT_MIN)
        (
            "abs",
            vec![i(i64::MIN)],
            "float(9.223372036854776E+18)\n",
        ),
        // php: abs("-5.5")
        (
            "abs",
            vec![s("-5.5")],
            "float(5.5)\n",
        ),
        // php: abs(null)
        (
            "abs",
            vec![Value::Null],
            "int(0)\n",
        ),
        // php: intdiv(1, 0)
        (
            "intdiv",
            vec![i(1), i(0)],
            "DivisionByZeroError: Division by zero",
        ),
        // php: log(8, 2)
        (
            "log",
            vec![i(8), i(2)],
            "float(3)\n",
        ),
        // php: log(8, 0)
        (
            "log",
            vec![i(8), i(0)],
            "ValueError: log(): Argument #2 ($base) must be greater than 0",
        ),
        // php: max(1, "5", 3)
        (
            "max",
            vec![i(1), s("5"), i(3)],
            "string(1) \"5\"\n",
        ),
        // php: max("apple", "banana", 5)
        (
            "max",
            vec![s("apple"), s("banana"), i(5)],
            "string(6) \"banana\"\n",
        ),
        // php: min([])
        (
            "min",
            vec![list(vec![])],
            "ValueError: min(): Argument #1 ($value) must contain at least one element",
        ),
        // php: min(1)
        (
            "min",
            vec![i(1)],
            "TypeError: min(): Argument #1 ($value) must be of type array, int given",
        ),
        // php: hexdec("ff")
        (
            "hexdec",
            vec![s("ff")],
            "int(255)\n",
        ),
        // php: hexdec("ffffffffffffffff")
        (
            "hexdec",
            vec![s("ffffffffffffffff")],
            "float(1.8446744073709552E+19)\n",
        ),
        // php: base_convert("ff", 16, 2)
        (
            "base_convert",
            vec![s("ff"), i(16), i(2)],
            "string(8) \"11111111\"\n",
        ),
        // php: base_convert("1", 37, 2)
        (
            "base_convert",
            vec![s("1"), i(37), i(2)],
            "ValueError: base_convert(): Argument #2 ($from_base) must be between 2 and 36 (inclusive)",
        ),
        // php: dechex(-1)
        (
            "dechex",
            vec![i(-1)],
            "string(16) \"ffffffffffffffff\"\n",
        ),
        // php: intval("0x1A", 16)
        (
            "intval",
            vec![s("0x1A"), i(16)],
            "int(26)\n",
        ),
        // php: intval(" 0b11", 0)
        (
            "intval",
            vec![s(" 0b11"), i(0)],
            "int(3)\n",
        ),
        // php: intval("12abc")
        (
            "intval",
            vec![s("12abc")],
            "int(12)\n",
        ),
        // php: is_numeric(" 5")
        (
            "is_numeric",
            vec![s(" 5")],
            "bool(true)\n",
        ),
        // php: is_numeric("5 ")
        (
            "is_numeric",
            vec![s("5 ")],
            "bool(true)\n",
        ),
        // php: is_numeric("1e5")
        (
            "is_numeric",
            vec![s("1e5")],
            "bool(true)\n",
        ),
        // php: is_numeric("abc")
        (
            "is_numeric",
            vec![s("abc")],
            "bool(false)\n",
        ),
        // php: range(0, 10, 3)
        (
            "range",
            vec![i(0), i(10), i(3)],
            "array(4) {\n  [0]=>\n  int(0)\n  [1]=>\n  int(3)\n  [2]=>\n  int(6)\n  [3]=>\n  int(9)\n}\n",
        ),
        // php: range("a", "e", 2)
        (
            "range",
            vec![s("a"), s("e"), i(2)],
            "array(3) {\n  [0]=>\n  string(1) \"a\"\n  [1]=>\n  string(1) \"c\"\n  [2]=>\n  string(1) \"e\"\n}\n",
        ),
        // php: range(5, 1, 2)
        (
            "range",
            vec![i(5), i(1), i(2)],
            "array(3) {\n  [0]=>\n  int(5)\n  [1]=>\n  int(3)\n  [2]=>\n  int(1)\n}\n",
        ),
        // php: range(0, 1, 0.25)
        (
            "range",
            vec![i(0), i(1), f(0.25)],
            "array(5) {\n  [0]=>\n  float(0)\n  [1]=>\n  float(0.25)\n  [2]=>\n  float(0.5)\n  [3]=>\n  float(0.75)\n  [4]=>\n  float(1)\n}\n",
        ),
        // php: range(1, 2, 0)
        (
            "range",
            vec![i(1), i(2), i(0)],
            "ValueError: range(): Argument #3 ($step) must not exceed the specified range",
        ),
        // php: range("1", "3")
        (
            "range",
            vec![s("1"), s("3")],
            "array(3) {\n  [0]=>\n  int(1)\n  [1]=>\n  int(2)\n  [2]=>\n  int(3)\n}\n",
        ),
        // php: range(1, 3, 1.0)
        (
            "range",
            vec![i(1), i(3), f(1.0)],
            "array(3) {\n  [0]=>\n  float(1)\n  [1]=>\n  float(2)\n  [2]=>\n  float(3)\n}\n",
        ),
        // php: array_sum([1, 2.5, "3", "x", [1], true])
        (
            "array_sum",
            vec![list(vec![i(1), f(2.5), s("3"), s("x"), list(vec![i(1)]), Value::True])],
            "float(7.5)\n",
        ),
        // php: array_product([])
        (
            "array_product",
            vec![list(vec![])],
            "int(1)\n",
        ),
        // php: array_unique([3, "3", 1, "a", "A", 1.0, true])
        (
            "array_unique",
            vec![list(vec![i(3), s("3"), i(1), s("a"), s("A"), f(1.0), Value::True])],
            "array(4) {\n  [0]=>\n  int(3)\n  [2]=>\n  int(1)\n  [3]=>\n  string(1) \"a\"\n  [4]=>\n  string(1) \"A\"\n}\n",
        ),
        // php: array_unique([4, "4", 3, 4, 3, "3"], SORT_NUMERIC)
        (
            "array_unique",
            vec![list(vec![i(4), s("4"), i(3), i(4), i(3), s("3")]), i(1)],
            "array(2) {\n  [0]=>\n  int(4)\n  [2]=>\n  int(3)\n}\n",
        ),
        // php: count([1, [2, 3], [4, [5]]], COUNT_RECURSIVE)
        (
            "count",
            vec![list(vec![i(1), list(vec![i(2), i(3)]), list(vec![i(4), list(vec![i(5)])])]), i(1)],
            "int(8)\n",
        ),
        // php: count("x")
        (
            "count",
            vec![s("x")],
            "TypeError: count(): Argument #1 ($value) must be of type Countable|array, string given",
        ),
        // php: array_search("1", [0, 1, "1"])
        (
            "array_search",
            vec![s("1"), list(vec![i(0), i(1), s("1")])],
            "int(1)\n",
        ),
        // php: array_search("1", [0, 1, "1"], true)
        (
            "array_search",
            vec![s("1"), list(vec![i(0), i(1), s("1")]), Value::True],
            "int(2)\n",
        ),
        // php: in_array("abc", [0])
        (
            "in_array",
            vec![s("abc"), list(vec![i(0)])],
            "bool(false)\n",
        ),
        // php: array_slice(["a"=>1, 5=>2, 3, 4], 1, -1, true)
        (
            "array_slice",
            vec![assoc(vec![("a", i(1)), ("5", i(2)), ("6", i(3)), ("7", i(4))]), i(1), i(-1), Value::True],
            "array(2) {\n  [5]=>\n  int(2)\n  [6]=>\n  int(3)\n}\n",
        ),
        // php: array_slice([1, 2, 3, 4, 5], -2)
        (
            "array_slice",
            vec![list(vec![i(1), i(2), i(3), i(4), i(5)]), i(-2)],
            "array(2) {\n  [0]=>\n  int(4)\n  [1]=>\n  int(5)\n}\n",
        ),
        // php: array_merge([5 => "a", "k" => "b"], ["k" => "c", 9 => "d"])
        (
            "array_merge",
            vec![assoc(vec![("5", s("a")), ("k", s("b"))]), assoc(vec![("k", s("c")), ("9", s("d"))])],
            "array(3) {\n  [0]=>\n  string(1) \"a\"\n  [\"k\"]=>\n  string(1) \"c\"\n  [1]=>\n  string(1) \"d\"\n}\n",
        ),
        // php: array_merge([], 1)
        (
            "array_merge",
            vec![list(vec![]), i(1)],
            "TypeError: array_merge(): Argument #2 must be of type array, int given",
        ),
        // php: array_merge_recursive(["a" => [1], "b" => 2], ["a" => [3], "b" => 4])
        (
            "array_merge_recursive",
            vec![assoc(vec![("a", list(vec![i(1)])), ("b", i(2))]), assoc(vec![("a", list(vec![i(3)])), ("b", i(4))])],
            "array(2) {\n  [\"a\"]=>\n  array(2) {\n    [0]=>\n    int(1)\n    [1]=>\n    int(3)\n  }\n  [\"b\"]=>\n  array(2) {\n    [0]=>\n    int(2)\n    [1]=>\n    int(4)\n  }\n}\n",
        ),
        // php: array_combine(["a", "b"], [1])
        (
            "array_combine",
            vec![list(vec![s("a"), s("b")]), list(vec![i(1)])],
            "ValueError: array_combine(): Argument #1 ($keys) and argument #2 ($values) must have the same number of elements",
        ),
        // php: array_fill(-3, 3, "v")
        (
            "array_fill",
            vec![i(-3), i(3), s("v")],
            "array(3) {\n  [-3]=>\n  string(1) \"v\"\n  [-2]=>\n  string(1) \"v\"\n  [-1]=>\n  string(1) \"v\"\n}\n",
        ),
        // php: array_pad([1, 2], -5, 0)
        (
            "array_pad",
            vec![list(vec![i(1), i(2)]), i(-5), i(0)],
            "array(5) {\n  [0]=>\n  int(0)\n  [1]=>\n  int(0)\n  [2]=>\n  int(0)\n  [3]=>\n  int(1)\n  [4]=>\n  int(2)\n}\n",
        ),
        // php: array_chunk([1, 2, 3], 2, true)
        (
            "array_chunk",
            vec![list(vec![i(1), i(2), i(3)]), i(2), Value::True],
            "array(2) {\n  [0]=>\n  array(2) {\n    [0]=>\n    int(1)\n    [1]=>\n    int(2)\n  }\n  [1]=>\n  array(1) {\n    [2]=>\n    int(3)\n  }\n}\n",
        ),
        // php: array_column([["id" => 1, "n" => "a"], ["id" => 2, "n" => "b"], ["x" => 3]], "n", "id")
        (
            "array_column",
            vec![list(vec![assoc(vec![("id", i(1)), ("n", s("a"))]), assoc(vec![("id", i(2)), ("n", s("b"))]), assoc(vec![("x", i(3))])]), s("n"), s("id")],
            "array(2) {\n  [1]=>\n  string(1) \"a\"\n  [2]=>\n  string(1) \"b\"\n}\n",
        ),
        // php: array_diff([1, "2", 3, "a"], ["1", 3])
        (
            "array_diff",
            vec![list(vec![i(1), s("2"), i(3), s("a")]), list(vec![s("1"), i(3)])],
            "array(2) {\n  [1]=>\n  string(1) \"2\"\n  [3]=>\n  string(1) \"a\"\n}\n",
        ),
        // php: array_intersect_key(["a" => 1, "b" => 2, 0 => 3], ["a" => 0, "0" => 9])
        (
            "array_intersect_key",
            vec![assoc(vec![("a", i(1)), ("b", i(2)), ("0", i(3))]), assoc(vec![("a", i(0)), ("0", i(9))])],
            "array(2) {\n  [\"a\"]=>\n  int(1)\n  [0]=>\n  int(3)\n}\n",
        ),
        // php: array_reverse(["x" => 1, 2, 3], true)
        (
            "array_reverse",
            vec![assoc(vec![("x", i(1)), ("0", i(2)), ("1", i(3))]), Value::True],
            "array(3) {\n  [1]=>\n  int(3)\n  [0]=>\n  int(2)\n  [\"x\"]=>\n  int(1)\n}\n",
        ),
        // php: array_reverse(["x" => 1, 2, 3])
        (
            "array_reverse",
            vec![assoc(vec![("x", i(1)), ("0", i(2)), ("1", i(3))])],
            "array(3) {\n  [0]=>\n  int(3)\n  [1]=>\n  int(2)\n  [\"x\"]=>\n  int(1)\n}\n",
        ),
        // php: array_map(null, [1, 2], ["a"])
        (
            "array_map",
            vec![Value::Null, list(vec![i(1), i(2)]), list(vec![s("a")])],
            "array(2) {\n  [0]=>\n  array(2) {\n    [0]=>\n    int(1)\n    [1]=>\n    string(1) \"a\"\n  }\n  [1]=>\n  array(2) {\n    [0]=>\n    int(2)\n    [1]=>\n    NULL\n  }\n}\n",
        ),
        // php: array_map("strtoupper", ["a" => "x", "b" => "y"])
        (
            "array_map",
            vec![s("strtoupper"), assoc(vec![("a", s("x")), ("b", s("y"))])],
            "array(2) {\n  [\"a\"]=>\n  string(1) \"X\"\n  [\"b\"]=>\n  string(1) \"Y\"\n}\n",
        ),
        // php: array_map("nope", [1])
        (
            "array_map",
            vec![s("nope"), list(vec![i(1)])],
            "TypeError: array_map(): Argument #1 ($callback) must be a valid callback or null, function \"nope\" not found or invalid function name",
        ),
        // php: array_filter([1, 0, 2, null, 3])
        (
            "array_filter",
            vec![list(vec![i(1), i(0), i(2), Value::Null, i(3)])],
            "array(3) {\n  [0]=>\n  int(1)\n  [2]=>\n  int(2)\n  [4]=>\n  int(3)\n}\n",
        ),
        // php: array_filter(["a", "", "b"], "strlen")
        (
            "array_filter",
            vec![list(vec![s("a"), s(""), s("b")]), s("strlen")],
            "array(2) {\n  [0]=>\n  string(1) \"a\"\n  [2]=>\n  string(1) \"b\"\n}\n",
        ),
        // php: array_keys([1, "1", 2, 1], 1)
        (
            "array_keys",
            vec![list(vec![i(1), s("1"), i(2), i(1)]), i(1)],
            "array(3) {\n  [0]=>\n  int(0)\n  [1]=>\n  int(1)\n  [2]=>\n  int(3)\n}\n",
        ),
        // php: array_flip(["a", "b"])
        (
            "array_flip",
            vec![list(vec![s("a"), s("b")])],
            "array(2) {\n  [\"a\"]=>\n  int(0)\n  [\"b\"]=>\n  int(1)\n}\n",
        ),
        // php: array_count_values(["a", "b", "a", 1, "1"])
        (
            "array_count_values",
            vec![list(vec![s("a"), s("b"), s("a"), i(1), s("1")])],
            "array(3) {\n  [\"a\"]=>\n  int(2)\n  [\"b\"]=>\n  int(1)\n  [1]=>\n  int(2)\n}\n",
        ),
        // php: json_encode([1.0, 0.1, 1e25, -0.0, "\u{e9}/\"\n\x01<>&'", [], ["a" => 1, "b" => [1, 2]]])
        (
            "json_encode",
            vec![list(vec![f(1.0), f(0.1), f(1e25), f(-0.0), s("\u{e9}/\"\n\x01<>&'"), list(vec![]), assoc(vec![("a", i(1)), ("b", list(vec![i(1), i(2)]))])])],
            "string(64) \"[1,0.1,1.0e+25,-0,\"\\u00e9\\/\\\"\\n\\u0001<>&'\",[],{\"a\":1,\"b\":[1,2]}]\"\n",
        ),
        // php: json_encode([1.0, ["a" => [], "b" => [1]]], JSON_PRETTY_PRINT|JSON_PRESERVE_ZERO_FRACTION|JSON_UNESCAPED_UNICODE)
        (
            "json_encode",
            vec![list(vec![f(1.0), assoc(vec![("a", list(vec![])), ("b", list(vec![i(1)]))])]), i(128 | 1024 | 256)],
            "string(80) \"[\n    1.0,\n    {\n        \"a\": [],\n        \"b\": [\n            1\n        ]\n    }\n]\"\n",
        ),
        // php: json_encode(NAN)
        (
            "json_encode",
            vec![f(f64::NAN)],
            "bool(false)\n",
        ),
        // php: json_decode('{"a":1,"b":[1,2,{"c":null}],"d":1.5e3,"e":"\u00e9","f":12345678901234567890}', true)
        (
            "json_decode",
            vec![s(r#"{"a":1,"b":[1,2,{"c":null}],"d":1.5e3,"e":"\u00e9","f":12345678901234567890}"#), Value::True],
            "array(5) {\n  [\"a\"]=>\n  int(1)\n  [\"b\"]=>\n  array(3) {\n    [0]=>\n    int(1)\n    [1]=>\n    int(2)\n    [2]=>\n    array(1) {\n      [\"c\"]=>\n      NULL\n    }\n  }\n  [\"d\"]=>\n  float(1500)\n  [\"e\"]=>\n  string(2) \"é\"\n  [\"f\"]=>\n  float(1.2345678901234567E+19)\n}\n",
        ),
        // php: json_decode('[1,')
        (
            "json_decode",
            vec![s("[1,")],
            "NULL\n",
        ),
        // php: json_decode('"\ud800"')
        (
            "json_decode",
            vec![s(r#""\ud800""#)],
            "NULL\n",
        ),
        // php: var_export([1, "k" => [true, null], 2 => -0.0, 3 => 1e100, 4 => "it's \\ \0 x", 6 => [], 7 => NAN, 8 => 0.1+0.2, 10 => 7.0], true)
        (
            "var_export",
            vec![assoc(vec![("0", i(1)), ("k", list(vec![Value::True, Value::Null])), ("2", f(-0.0)), ("3", f(1e100)), ("4", s("it's \\ \0 x")), ("6", list(vec![])), ("7", f(f64::NAN)), ("8", f(0.1 + 0.2)), ("10", f(7.0))]), Value::True],
            "string(214) \"array (\n  0 => 1,\n  'k' => \n  array (\n    0 => true,\n    1 => NULL,\n  ),\n  2 => -0.0,\n  3 => 1.0E+100,\n  4 => 'it\\'s \\\\ ' . \"\\0\" . ' x',\n  6 => \n  array (\n  ),\n  7 => NAN,\n  8 => 0.30000000000000004,\n  10 => 7.0,\n)\"\n",
        ),
        // php: print_r([1, "k" => [true, null], 2 => -0.0, 3 => 1e100, 8 => 0.1+0.2, 9 => [], 10 => 7.0], true)
        (
            "print_r",
            vec![assoc(vec![("0", i(1)), ("k", list(vec![Value::True, Value::Null])), ("2", f(-0.0)), ("3", f(1e100)), ("8", f(0.1 + 0.2)), ("9", list(vec![])), ("10", f(7.0))]), Value::True],
            "string(203) \"Array\n(\n    [0] => 1\n    [k] => Array\n        (\n            [0] => 1\n            [1] => \n        )\n\n    [2] => -0\n    [3] => 1.0E+100\n    [8] => 0.3\n    [9] => Array\n        (\n        )\n\n    [10] => 7\n)\n\"\n",
        ),
        // php: md5("hello")
        (
            "md5",
            vec![s("hello")],
            "string(32) \"5d41402abc4b2a76b9719d911017c592\"\n",
        ),
        // php: str_getcsv('a,b , "c,d","e""f", "g" x,,')
        (
            "str_getcsv",
            vec![s(r#"a,b , "c,d","e""f", "g" x,,"#)],
            "array(7) {\n  [0]=>\n  string(1) \"a\"\n  [1]=>\n  string(2) \"b \"\n  [2]=>\n  string(3) \"c,d\"\n  [3]=>\n  string(3) \"e\"f\"\n  [4]=>\n  string(3) \"g x\"\n  [5]=>\n  string(0) \"\"\n  [6]=>\n  string(0) \"\"\n}\n",
        ),
        // php: str_getcsv('')
        (
            "str_getcsv",
            vec![s("")],
            "array(1) {\n  [0]=>\n  NULL\n}\n",
        ),
        // php: str_getcsv('"abc' . "\n" . 'def",2' . "\r\n")
        (
            "str_getcsv",
            vec![s("\"abc\ndef\",2\r\n")],
            "array(2) {\n  [0]=>\n  string(7) \"abc\ndef\"\n  [1]=>\n  string(1) \"2\"\n}\n",
        ),
        // php: str_getcsv('a,"b\\"c",d')
        (
            "str_getcsv",
            vec![s(r#"a,"b\"c",d"#)],
            "array(3) {\n  [0]=>\n  string(1) \"a\"\n  [1]=>\n  string(4) \"b\\\"c\"\n  [2]=>\n  string(1) \"d\"\n}\n",
        ),
        // php: str_getcsv('"unterminated,x')
        (
            "str_getcsv",
            vec![s("\"unterminated,x")],
            "array(1) {\n  [0]=>\n  string(14) \"unterminated,x\"\n}\n",
        ),
        // php: str_getcsv(' a , b ')
        (
            "str_getcsv",
            vec![s(" a , b ")],
            "array(2) {\n  [0]=>\n  string(3) \" a \"\n  [1]=>\n  string(3) \" b \"\n}\n",
        ),
        // php: str_getcsv('"a"b"c",d')
        (
            "str_getcsv",
            vec![s(r#""a"b"c",d"#)],
            "array(2) {\n  [0]=>\n  string(5) \"ab\"c\"\"\n  [1]=>\n  string(1) \"d\"\n}\n",
        ),
        // php: str_getcsv('x;y', ';')
        (
            "str_getcsv",
            vec![s("x;y"), s(";")],
            "array(2) {\n  [0]=>\n  string(1) \"x\"\n  [1]=>\n  string(1) \"y\"\n}\n",
        ),
        // php: str_getcsv('x', ';;')
        (
            "str_getcsv",
            vec![s("x"), s(";;")],
            "array(1) {\n  [0]=>\n  string(1) \"x\"\n}\n",
        ),
        // php: preg_match('/(?<w>\w+) (\d+)?/', 'hi 5')
        (
            "preg_match",
            vec![s(r"/(?<w>\w+) (\d+)?/"), s("hi 5")],
            "int(1)\n",
        ),
        // php: preg_match('abc', 'x')
        (
            "preg_match",
            vec![s("abc"), s("x")],
            "bool(false)\n",
        ),
        // php: preg_match('/abc', 'x')
        (
            "preg_match",
            vec![s("/abc"), s("x")],
            "bool(false)\n",
        ),
        // php: preg_match('/abc/k', 'x')
        (
            "preg_match",
            vec![s("/abc/k"), s("x")],
            "bool(false)\n",
        ),
        // php: preg_match('/^a.c$/i', "ABC\n")
        (
            "preg_match",
            vec![s("/^a.c$/i"), s("ABC\n")],
            "int(1)\n",
        ),
        // php: preg_match('/^abc$/D', "abc\n")
        (
            "preg_match",
            vec![s("/^abc$/D"), s("abc\n")],
            "int(0)\n",
        ),
        // php: preg_match('#(\d+)-(\d+)#', 'a 10-20 b')
        (
            "preg_match",
            vec![s(r"#(\d+)-(\d+)#"), s("a 10-20 b")],
            "int(1)\n",
        ),
        // php: preg_match_all('/\d/', 'a1b2c3')
        (
            "preg_match_all",
            vec![s(r"/\d/"), s("a1b2c3")],
            "int(3)\n",
        ),
        // php: preg_replace('/(\w+) (\w+)/', '$2 \\\\1 ${1}x', 'hello world')
        (
            "preg_replace",
            vec![s(r"/(\w+) (\w+)/"), s(r"$2 \\1 ${1}x"), s("hello world")],
            "string(15) \"world \\1 hellox\"\n",
        ),
        // php: preg_replace(['/a/', '/b/'], ['b', 'c'], 'ab')
        (
            "preg_replace",
            vec![list(vec![s("/a/"), s("/b/")]), list(vec![s("b"), s("c")]), s("ab")],
            "string(2) \"cc\"\n",
        ),
        // php: preg_replace('/\s+/', ' ', "a  b \n\t c", 1)
        (
            "preg_replace",
            vec![s(r"/\s+/"), s(" "), s("a  b \n\t c"), i(1)],
            "string(8) \"a b \n\t c\"\n",
        ),
        // php: preg_replace('/(?<=a)b/', 'X', 'abcb')
        (
            "preg_replace",
            vec![s("/(?<=a)b/"), s("X"), s("abcb")],
            "string(4) \"aXcb\"\n",
        ),
        // php: preg_replace_callback('/\d+/', 'strrev', 'a 123 b 45')
        (
            "preg_replace_callback",
            vec![s(r"/\d+/"), s("strrev"), s("a 123 b 45")],
            "TypeError: strrev(): Argument #1 ($string) must be of type string, array given",
        ),
        // php: preg_split('//', 'abc')
        (
            "preg_split",
            vec![s("//"), s("abc")],
            "array(5) {\n  [0]=>\n  string(0) \"\"\n  [1]=>\n  string(1) \"a\"\n  [2]=>\n  string(1) \"b\"\n  [3]=>\n  string(1) \"c\"\n  [4]=>\n  string(0) \"\"\n}\n",
        ),
        // php: preg_split('//', 'abc', -1, PREG_SPLIT_NO_EMPTY)
        (
            "preg_split",
            vec![s("//"), s("abc"), i(-1), i(1)],
            "array(3) {\n  [0]=>\n  string(1) \"a\"\n  [1]=>\n  string(1) \"b\"\n  [2]=>\n  string(1) \"c\"\n}\n",
        ),
        // php: preg_split('/[\s,]+/', "hypertext language, programming", 2)
        (
            "preg_split",
            vec![s(r"/[\s,]+/"), s("hypertext language, programming"), i(2)],
            "array(2) {\n  [0]=>\n  string(9) \"hypertext\"\n  [1]=>\n  string(21) \"language, programming\"\n}\n",
        ),
        // php: preg_split('/(-)/', 'a-b-c', -1, PREG_SPLIT_DELIM_CAPTURE)
        (
            "preg_split",
            vec![s("/(-)/"), s("a-b-c"), i(-1), i(2)],
            "array(5) {\n  [0]=>\n  string(1) \"a\"\n  [1]=>\n  string(1) \"-\"\n  [2]=>\n  string(1) \"b\"\n  [3]=>\n  string(1) \"-\"\n  [4]=>\n  string(1) \"c\"\n}\n",
        ),
        // php: preg_split('/ /', 'a b', -1, PREG_SPLIT_OFFSET_CAPTURE)
        (
            "preg_split",
            vec![s("/ /"), s("a b"), i(-1), i(4)],
            "array(2) {\n  [0]=>\n  array(2) {\n    [0]=>\n    string(1) \"a\"\n    [1]=>\n    int(0)\n  }\n  [1]=>\n  array(2) {\n    [0]=>\n    string(1) \"b\"\n    [1]=>\n    int(2)\n  }\n}\n",
        ),
        // php: preg_quote('a.b*c?d#/', '/')
        (
            "preg_quote",
            vec![s("a.b*c?d#/"), s("/")],
            "string(14) \"a\\.b\\*c\\?d\\#\\/\"\n",
        ),
        // php: preg_grep('/^\d+$/', ['1', 'a', '22'])
        (
            "preg_grep",
            vec![s(r"/^\d+$/"), list(vec![s("1"), s("a"), s("22")])],
            "array(2) {\n  [0]=>\n  string(1) \"1\"\n  [2]=>\n  string(2) \"22\"\n}\n",
        ),
        // php: htmlspecialchars('a&amp;b&#39;&foo;&apos;&eacute;', ENT_NOQUOTES, null, false)
        (
            "htmlspecialchars",
            vec![s("a&amp;b&#39;&foo;&apos;&eacute;"), i(0), Value::Null, Value::False],
            "string(39) \"a&amp;b&#39;&amp;foo;&amp;apos;&eacute;\"\n",
        ),
        // php: ctype_digit("123")
        (
            "ctype_digit",
            vec![s("123")],
            "bool(true)\n",
        ),
        // php: array_udiff(["a"=>"x", "b"=>"Y", 5=>"z"], ["X"], "strcasecmp")
        (
            "array_udiff",
            vec![assoc(vec![("a", s("x")), ("b", s("Y")), ("5", s("z"))]), list(vec![s("X")]), s("strcasecmp")],
            "array(2) {\n  [\"b\"]=>\n  string(1) \"Y\"\n  [5]=>\n  string(1) \"z\"\n}\n",
        ),
        // php: array_uintersect_assoc(["a"=>"x", "b"=>"Y"], ["a"=>"X", "b"=>"q"], "strcasecmp")
        (
            "array_uintersect_assoc",
            vec![assoc(vec![("a", s("x")), ("b", s("Y"))]), assoc(vec![("a", s("X")), ("b", s("q"))]), s("strcasecmp")],
            "array(1) {\n  [\"a\"]=>\n  string(1) \"x\"\n}\n",
        ),
        // php: array_diff_ukey(["a"=>1, "B"=>2], ["b"=>0], "strcasecmp")
        (
            "array_diff_ukey",
            vec![assoc(vec![("a", i(1)), ("B", i(2))]), assoc(vec![("b", i(0))]), s("strcasecmp")],
            "array(1) {\n  [\"a\"]=>\n  int(1)\n}\n",
        ),
        // php: array_udiff([1], 5, "strcmp")
        (
            "array_udiff",
            vec![list(vec![i(1)]), i(5), s("strcmp")],
            "TypeError: array_udiff(): Argument #2 must be of type array, int given",
        ),
        // php: array_udiff([1], [2], "nope")
        (
            "array_udiff",
            vec![list(vec![i(1)]), list(vec![i(2)]), s("nope")],
            "TypeError: array_udiff(): Argument #3 must be a valid callback, function \"nope\" not found or invalid function name",
        ),
        // php: ctype_digit("")
        (
            "ctype_digit",
            vec![s("")],
            "bool(false)\n",
        ),
        // php: ctype_digit(53)
        (
            "ctype_digit",
            vec![i(53)],
            "bool(true)\n",
        ),
        // php: ctype_digit(1000)
        (
            "ctype_digit",
            vec![i(1000)],
            "bool(true)\n",
        ),
        // php: ctype_digit(-5)
        (
            "ctype_digit",
            vec![i(-5)],
            "bool(false)\n",
        ),
        // php: ctype_space(" \n\t\v\f\r")
        (
            "ctype_space",
            vec![s(" \n\t\u{b}\u{c}\r")],
            "bool(true)\n",
        ),
        // php: ctype_lower("ab1")
        (
            "ctype_lower",
            vec![s("ab1")],
            "bool(false)\n",
        ),
        // php: ctype_print("a b")
        (
            "ctype_print",
            vec![s("a b")],
            "bool(true)\n",
        ),
        // php: ctype_graph("a b")
        (
            "ctype_graph",
            vec![s("a b")],
            "bool(false)\n",
        ),
        // php: strip_tags('<p>Hello <b>World</b><br/> <!-- c --> <a href="x>y">l</a> 1 < 2 <?php echo 1; ?>end', "<b>")
        (
            "strip_tags",
            vec![s(r#"<p>Hello <b>World</b><br/> <!-- c --> <a href="x>y">l</a> 1 < 2 <?php echo 1; ?>end"#), s("<b>")],
            "string(31) \"Hello <b>World</b>  l 1 < 2 end\"\n",
        ),
        // php: strip_tags('a<br>b<p class="x">c</p>', ["p"])
        (
            "strip_tags",
            vec![s(r#"a<br>b<p class="x">c</p>"#), list(vec![s("p")])],
            "string(20) \"ab<p class=\"x\">c</p>\"\n",
        ),
        // php: crc32("The quick brown fox jumped over the lazy dog.")
        (
            "crc32",
            vec![s("The quick brown fox jumped over the lazy dog.")],
            "int(2191738434)\n",
        ),

    ];
    let mut failures = Vec::new();
    for (name, args, expected) in cases {
        let mut k = Kit::quiet();
        let got = k.dump_call(name, args);
        if got != expected {
            failures.push(format!("{name}:\n  php:  {expected:?}\n  ours: {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Functions taking their first argument by reference: php's
/// `$a = ...; $r = f($a, ...); var_dump($r, $a);`.
#[test]
fn by_ref_calls_match_php() {
    let cases: Vec<(&str, Value, Vec<Value>, &str)> = vec![
        // php: $a = ["10", 9, "9a", 1.5, true, null, "abc", [1], "1e1", 2, "", 0]; sort($a);
        (
            "sort",
            list(vec![s("10"), i(9), s("9a"), f(1.5), Value::True, Value::Null, s("abc"), list(vec![i(1)]), s("1e1"), i(2), s(""), i(0)]),
            vec![],
            "bool(true)\narray(12) {\n  [0]=>\n  NULL\n  [1]=>\n  string(0) \"\"\n  [2]=>\n  int(0)\n  [3]=>\n  float(1.5)\n  [4]=>\n  int(2)\n  [5]=>\n  int(9)\n  [6]=>\n  string(2) \"10\"\n  [7]=>\n  string(2) \"9a\"\n  [8]=>\n  bool(true)\n  [9]=>\n  string(3) \"1e1\"\n  [10]=>\n  string(3) \"abc\"\n  [11]=>\n  array(1) {\n    [0]=>\n    int(1)\n  }\n}\n",
        ),
        // php: $a = ["10", 9, "9a", 1.5, true, null, "abc", [1], "1e1", 2, "", 0]; rsort($a);
        (
            "rsort",
            list(vec![s("10"), i(9), s("9a"), f(1.5), Value::True, Value::Null, s("abc"), list(vec![i(1)]), s("1e1"), i(2), s(""), i(0)]),
            vec![],
            "bool(true)\narray(12) {\n  [0]=>\n  array(1) {\n    [0]=>\n    int(1)\n  }\n  [1]=>\n  string(3) \"abc\"\n  [2]=>\n  string(2) \"9a\"\n  [3]=>\n  string(2) \"10\"\n  [4]=>\n  string(3) \"1e1\"\n  [5]=>\n  int(9)\n  [6]=>\n  int(2)\n  [7]=>\n  float(1.5)\n  [8]=>\n  bool(true)\n  [9]=>\n  NULL\n  [10]=>\n  int(0)\n  [11]=>\n  string(0) \"\"\n}\n",
        ),
        // php: $a = ["10", 9, "9a", 1.5, true, null, "abc", [1], "1e1", 2, "", 0]; asort($a);
        (
            "asort",
            list(vec![s("10"), i(9), s("9a"), f(1.5), Value::True, Value::Null, s("abc"), list(vec![i(1)]), s("1e1"), i(2), s(""), i(0)]),
            vec![],
            "bool(true)\narray(12) {\n  [5]=>\n  NULL\n  [10]=>\n  string(0) \"\"\n  [11]=>\n  int(0)\n  [3]=>\n  float(1.5)\n  [9]=>\n  int(2)\n  [1]=>\n  int(9)\n  [0]=>\n  string(2) \"10\"\n  [2]=>\n  string(2) \"9a\"\n  [4]=>\n  bool(true)\n  [8]=>\n  string(3) \"1e1\"\n  [6]=>\n  string(3) \"abc\"\n  [7]=>\n  array(1) {\n    [0]=>\n    int(1)\n  }\n}\n",
        ),
        // php: $a = ["10", 9, "9a", 1.5, true, null, "abc", [1], "1e1", 2, "", 0]; arsort($a);
        (
            "arsort",
            list(vec![s("10"), i(9), s("9a"), f(1.5), Value::True, Value::Null, s("abc"), list(vec![i(1)]), s("1e1"), i(2), s(""), i(0)]),
            vec![],
            "bool(true)\narray(12) {\n  [7]=>\n  array(1) {\n    [0]=>\n    int(1)\n  }\n  [6]=>\n  string(3) \"abc\"\n  [2]=>\n  string(2) \"9a\"\n  [0]=>\n  string(2) \"10\"\n  [8]=>\n  string(3) \"1e1\"\n  [1]=>\n  int(9)\n  [9]=>\n  int(2)\n  [3]=>\n  float(1.5)\n  [4]=>\n  bool(true)\n  [5]=>\n  NULL\n  [11]=>\n  int(0)\n  [10]=>\n  string(0) \"\"\n}\n",
        ),
        // php: $a = ["10", 9, "9a", 1.5, true, null, "abc", [1], "1e1", 2, "", 0]; sort($a, SORT_STRING);
        (
            "sort",
            list(vec![s("10"), i(9), s("9a"), f(1.5), Value::True, Value::Null, s("abc"), list(vec![i(1)]), s("1e1"), i(2), s(""), i(0)]),
            vec![i(2)],
            "bool(true)\narray(12) {\n  [0]=>\n  NULL\n  [1]=>\n  string(0) \"\"\n  [2]=>\n  int(0)\n  [3]=>\n  bool(true)\n  [4]=>\n  float(1.5)\n  [5]=>\n  string(2) \"10\"\n  [6]=>\n  string(3) \"1e1\"\n  [7]=>\n  int(2)\n  [8]=>\n  int(9)\n  [9]=>\n  string(2) \"9a\"\n  [10]=>\n  array(1) {\n    [0]=>\n    int(1)\n  }\n  [11]=>\n  string(3) \"abc\"\n}\n",
        ),
        // php: $a = ["10", 9, "9a", 1.5, true, null, "abc", [1], "1e1", 2, "", 0]; sort($a, SORT_NUMERIC);
        (
            "sort",
            list(vec![s("10"), i(9), s("9a"), f(1.5), Value::True, Value::Null, s("abc"), list(vec![i(1)]), s("1e1"), i(2), s(""), i(0)]),
            vec![i(1)],
            "bool(true)\narray(12) {\n  [0]=>\n  NULL\n  [1]=>\n  string(3) \"abc\"\n  [2]=>\n  string(0) \"\"\n  [3]=>\n  int(0)\n  [4]=>\n  bool(true)\n  [5]=>\n  array(1) {\n    [0]=>\n    int(1)\n  }\n  [6]=>\n  float(1.5)\n  [7]=>\n  int(2)\n  [8]=>\n  int(9)\n  [9]=>\n  string(2) \"9a\"\n  [10]=>\n  string(2) \"10\"\n  [11]=>\n  string(3) \"1e1\"\n}\n",
        ),
        // php: $a = [0, 14, 5, 19, 10, 1, 15, 6, 20, 11, 2, 16, 7, 21, 12, 3, 17, 8, 22, 13, 4, 18, 9, 0, 14, 5, 19, 10, 1, 15, 6, 20, 11, 2, 16, 7, 21, 12, 3, 17, "5", "a", 5.0, null]; sort($a);
        (
            "sort",
            list(vec![i(0), i(14), i(5), i(19), i(10), i(1), i(15), i(6), i(20), i(11), i(2), i(16), i(7), i(21), i(12), i(3), i(17), i(8), i(22), i(13), i(4), i(18), i(9), i(0), i(14), i(5), i(19), i(10), i(1), i(15), i(6), i(20), i(11), i(2), i(16), i(7), i(21), i(12), i(3), i(17), s("5"), s("a"), f(5.0), Value::Null]),
            vec![],
            "bool(true)\narray(44) {\n  [0]=>\n  int(0)\n  [1]=>\n  int(0)\n  [2]=>\n  NULL\n  [3]=>\n  int(1)\n  [4]=>\n  int(1)\n  [5]=>\n  int(2)\n  [6]=>\n  int(2)\n  [7]=>\n  int(3)\n  [8]=>\n  int(3)\n  [9]=>\n  int(4)\n  [10]=>\n  int(5)\n  [11]=>\n  int(5)\n  [12]=>\n  string(1) \"5\"\n  [13]=>\n  float(5)\n  [14]=>\n  int(6)\n  [15]=>\n  int(6)\n  [16]=>\n  int(7)\n  [17]=>\n  int(7)\n  [18]=>\n  int(8)\n  [19]=>\n  int(9)\n  [20]=>\n  int(10)\n  [21]=>\n  int(10)\n  [22]=>\n  int(11)\n  [23]=>\n  int(11)\n  [24]=>\n  int(12)\n  [25]=>\n  int(12)\n  [26]=>\n  int(13)\n  [27]=>\n  int(14)\n  [28]=>\n  int(14)\n  [29]=>\n  int(15)\n  [30]=>\n  int(15)\n  [31]=>\n  int(16)\n  [32]=>\n  int(16)\n  [33]=>\n  int(17)\n  [34]=>\n  int(17)\n  [35]=>\n  int(18)\n  [36]=>\n  int(19)\n  [37]=>\n  int(19)\n  [38]=>\n  int(20)\n  [39]=>\n  int(20)\n  [40]=>\n  int(21)\n  [41]=>\n  int(21)\n  [42]=>\n  int(22)\n  [43]=>\n  string(1) \"a\"\n}\n",
        ),
        // php: $a = [0, 14, 5, 19, 10, 1, 15, 6, 20, 11, 2, 16, 7, 21, 12, 3, 17, 8, 22, 13, 4, 18, 9, 0, 14, 5, 19, 10, 1, 15, 6, 20, 11, 2, 16, 7, 21, 12, 3, 17, "5", "a", 5.0, null]; rsort($a, SORT_STRING);
        (
            "rsort",
            list(vec![i(0), i(14), i(5), i(19), i(10), i(1), i(15), i(6), i(20), i(11), i(2), i(16), i(7), i(21), i(12), i(3), i(17), i(8), i(22), i(13), i(4), i(18), i(9), i(0), i(14), i(5), i(19), i(10), i(1), i(15), i(6), i(20), i(11), i(2), i(16), i(7), i(21), i(12), i(3), i(17), s("5"), s("a"), f(5.0), Value::Null]),
            vec![i(2)],
            "bool(true)\narray(44) {\n  [0]=>\n  string(1) \"a\"\n  [1]=>\n  int(9)\n  [2]=>\n  int(8)\n  [3]=>\n  int(7)\n  [4]=>\n  int(7)\n  [5]=>\n  int(6)\n  [6]=>\n  int(6)\n  [7]=>\n  int(5)\n  [8]=>\n  int(5)\n  [9]=>\n  string(1) \"5\"\n  [10]=>\n  float(5)\n  [11]=>\n  int(4)\n  [12]=>\n  int(3)\n  [13]=>\n  int(3)\n  [14]=>\n  int(22)\n  [15]=>\n  int(21)\n  [16]=>\n  int(21)\n  [17]=>\n  int(20)\n  [18]=>\n  int(20)\n  [19]=>\n  int(2)\n  [20]=>\n  int(2)\n  [21]=>\n  int(19)\n  [22]=>\n  int(19)\n  [23]=>\n  int(18)\n  [24]=>\n  int(17)\n  [25]=>\n  int(17)\n  [26]=>\n  int(16)\n  [27]=>\n  int(16)\n  [28]=>\n  int(15)\n  [29]=>\n  int(15)\n  [30]=>\n  int(14)\n  [31]=>\n  int(14)\n  [32]=>\n  int(13)\n  [33]=>\n  int(12)\n  [34]=>\n  int(12)\n  [35]=>\n  int(11)\n  [36]=>\n  int(11)\n  [37]=>\n  int(10)\n  [38]=>\n  int(10)\n  [39]=>\n  int(1)\n  [40]=>\n  int(1)\n  [41]=>\n  int(0)\n  [42]=>\n  int(0)\n  [43]=>\n  NULL\n}\n",
        ),
        // php: $a = ["b" => 1, "a" => 1, 10 => 1, "9" => 1, "x1" => 1, "-5" => 1, "10a" => 1]; ksort($a);
        (
            "ksort",
            assoc(vec![("b", i(1)), ("a", i(1)), ("10", i(1)), ("9", i(1)), ("x1", i(1)), ("-5", i(1)), ("10a", i(1))]),
            vec![],
            "bool(true)\narray(7) {\n  [-5]=>\n  int(1)\n  [\"10a\"]=>\n  int(1)\n  [9]=>\n  int(1)\n  [10]=>\n  int(1)\n  [\"a\"]=>\n  int(1)\n  [\"b\"]=>\n  int(1)\n  [\"x1\"]=>\n  int(1)\n}\n",
        ),
        // php: $a = ["b" => 1, "a" => 1, 10 => 1, "9" => 1, "x1" => 1, "-5" => 1, "10a" => 1]; krsort($a);
        (
            "krsort",
            assoc(vec![("b", i(1)), ("a", i(1)), ("10", i(1)), ("9", i(1)), ("x1", i(1)), ("-5", i(1)), ("10a", i(1))]),
            vec![],
            "bool(true)\narray(7) {\n  [\"x1\"]=>\n  int(1)\n  [\"b\"]=>\n  int(1)\n  [\"a\"]=>\n  int(1)\n  [\"10a\"]=>\n  int(1)\n  [10]=>\n  int(1)\n  [9]=>\n  int(1)\n  [-5]=>\n  int(1)\n}\n",
        ),
        // php: $a = ["b" => 1, "a" => 1, 10 => 1, "9" => 1, "x1" => 1, "-5" => 1, "10a" => 1]; ksort($a, SORT_STRING);
        (
            "ksort",
            assoc(vec![("b", i(1)), ("a", i(1)), ("10", i(1)), ("9", i(1)), ("x1", i(1)), ("-5", i(1)), ("10a", i(1))]),
            vec![i(2)],
            "bool(true)\narray(7) {\n  [-5]=>\n  int(1)\n  [10]=>\n  int(1)\n  [\"10a\"]=>\n  int(1)\n  [9]=>\n  int(1)\n  [\"a\"]=>\n  int(1)\n  [\"b\"]=>\n  int(1)\n  [\"x1\"]=>\n  int(1)\n}\n",
        ),
        // php: $a = ["b" => 1, "a" => 1, 10 => 1, "9" => 1, "x1" => 1, "-5" => 1, "10a" => 1]; ksort($a, SORT_NUMERIC);
        (
            "ksort",
            assoc(vec![("b", i(1)), ("a", i(1)), ("10", i(1)), ("9", i(1)), ("x1", i(1)), ("-5", i(1)), ("10a", i(1))]),
            vec![i(1)],
            "bool(true)\narray(7) {\n  [-5]=>\n  int(1)\n  [\"b\"]=>\n  int(1)\n  [\"a\"]=>\n  int(1)\n  [\"x1\"]=>\n  int(1)\n  [9]=>\n  int(1)\n  [10]=>\n  int(1)\n  [\"10a\"]=>\n  int(1)\n}\n",
        ),
        // php: $a = ["img12", "img10", "IMG2", "img1", "img01", " img3"]; sort($a, SORT_NATURAL);
        (
            "sort",
            list(vec![s("img12"), s("img10"), s("IMG2"), s("img1"), s("img01"), s(" img3")]),
            vec![i(6)],
            "bool(true)\narray(6) {\n  [0]=>\n  string(4) \"IMG2\"\n  [1]=>\n  string(5) \"img01\"\n  [2]=>\n  string(4) \"img1\"\n  [3]=>\n  string(5) \" img3\"\n  [4]=>\n  string(5) \"img10\"\n  [5]=>\n  string(5) \"img12\"\n}\n",
        ),
        // php: $a = ["img12", "img10", "IMG2", "img1", "img01", " img3"]; sort($a, SORT_NATURAL | SORT_FLAG_CASE);
        (
            "sort",
            list(vec![s("img12"), s("img10"), s("IMG2"), s("img1"), s("img01"), s(" img3")]),
            vec![i(14)],
            "bool(true)\narray(6) {\n  [0]=>\n  string(5) \"img01\"\n  [1]=>\n  string(4) \"img1\"\n  [2]=>\n  string(4) \"IMG2\"\n  [3]=>\n  string(5) \" img3\"\n  [4]=>\n  string(5) \"img10\"\n  [5]=>\n  string(5) \"img12\"\n}\n",
        ),
        // php: $a = ["img12", "img10", "IMG2", "img1", "img01", " img3"]; sort($a, SORT_STRING | SORT_FLAG_CASE);
        (
            "sort",
            list(vec![s("img12"), s("img10"), s("IMG2"), s("img1"), s("img01"), s(" img3")]),
            vec![i(10)],
            "bool(true)\narray(6) {\n  [0]=>\n  string(5) \" img3\"\n  [1]=>\n  string(5) \"img01\"\n  [2]=>\n  string(4) \"img1\"\n  [3]=>\n  string(5) \"img10\"\n  [4]=>\n  string(5) \"img12\"\n  [5]=>\n  string(4) \"IMG2\"\n}\n",
        ),
        // php: $a = ["img12", "img10", "IMG2", "img1", "img01", " img3"]; natsort($a);
        (
            "natsort",
            list(vec![s("img12"), s("img10"), s("IMG2"), s("img1"), s("img01"), s(" img3")]),
            vec![],
            "bool(true)\narray(6) {\n  [2]=>\n  string(4) \"IMG2\"\n  [4]=>\n  string(5) \"img01\"\n  [3]=>\n  string(4) \"img1\"\n  [5]=>\n  string(5) \" img3\"\n  [1]=>\n  string(5) \"img10\"\n  [0]=>\n  string(5) \"img12\"\n}\n",
        ),
        // php: $a = ["img12", "img10", "IMG2", "img1", "img01", " img3"]; natcasesort($a);
        (
            "natcasesort",
            list(vec![s("img12"), s("img10"), s("IMG2"), s("img1"), s("img01"), s(" img3")]),
            vec![],
            "bool(true)\narray(6) {\n  [4]=>\n  string(5) \"img01\"\n  [3]=>\n  string(4) \"img1\"\n  [2]=>\n  string(4) \"IMG2\"\n  [5]=>\n  string(5) \" img3\"\n  [1]=>\n  string(5) \"img10\"\n  [0]=>\n  string(5) \"img12\"\n}\n",
        ),
        // php: $a = [3, 1, 2, 5, 4]; usort($a, "strcmp");
        (
            "usort",
            list(vec![i(3), i(1), i(2), i(5), i(4)]),
            vec![s("strcmp")],
            "bool(true)\narray(5) {\n  [0]=>\n  int(1)\n  [1]=>\n  int(2)\n  [2]=>\n  int(3)\n  [3]=>\n  int(4)\n  [4]=>\n  int(5)\n}\n",
        ),
        // php: $a = [1]; usort($a, "nope");
        (
            "usort",
            list(vec![i(1)]),
            vec![s("nope")],
            "TypeError: usort(): Argument #2 ($callback) must be a valid callback, function \"nope\" not found or invalid function name",
        ),
        // php: $a = ["b" => 1, "a" => 2, "c" => 3]; uksort($a, "strcmp");
        (
            "uksort",
            assoc(vec![("b", i(1)), ("a", i(2)), ("c", i(3))]),
            vec![s("strcmp")],
            "bool(true)\narray(3) {\n  [\"a\"]=>\n  int(2)\n  [\"b\"]=>\n  int(1)\n  [\"c\"]=>\n  int(3)\n}\n",
        ),
        // php: $a = [1, 2, 3, 4, 5]; array_splice($a, 1, 2, ["x", "y", "z"]);
        (
            "array_splice",
            list(vec![i(1), i(2), i(3), i(4), i(5)]),
            vec![i(1), i(2), list(vec![s("x"), s("y"), s("z")])],
            "array(2) {\n  [0]=>\n  int(2)\n  [1]=>\n  int(3)\n}\narray(6) {\n  [0]=>\n  int(1)\n  [1]=>\n  string(1) \"x\"\n  [2]=>\n  string(1) \"y\"\n  [3]=>\n  string(1) \"z\"\n  [4]=>\n  int(4)\n  [5]=>\n  int(5)\n}\n",
        ),
        // php: $a = ["a" => 1, "b" => 2, 3]; array_splice($a, -1);
        (
            "array_splice",
            assoc(vec![("a", i(1)), ("b", i(2)), ("0", i(3))]),
            vec![i(-1)],
            "array(1) {\n  [0]=>\n  int(3)\n}\narray(2) {\n  [\"a\"]=>\n  int(1)\n  [\"b\"]=>\n  int(2)\n}\n",
        ),
        // php: $a = [1, 2, 3]; array_splice($a, 5, 0, "x");
        (
            "array_splice",
            list(vec![i(1), i(2), i(3)]),
            vec![i(5), i(0), s("x")],
            "array(0) {\n}\narray(4) {\n  [0]=>\n  int(1)\n  [1]=>\n  int(2)\n  [2]=>\n  int(3)\n  [3]=>\n  string(1) \"x\"\n}\n",
        ),
        // php: $a = [5 => "a", "k" => "b"]; array_push($a, "q", "r");
        (
            "array_push",
            assoc(vec![("5", s("a")), ("k", s("b"))]),
            vec![s("q"), s("r")],
            "int(4)\narray(4) {\n  [5]=>\n  string(1) \"a\"\n  [\"k\"]=>\n  string(1) \"b\"\n  [6]=>\n  string(1) \"q\"\n  [7]=>\n  string(1) \"r\"\n}\n",
        ),
        // php: $a = [1, 2, 3]; array_pop($a);
        (
            "array_pop",
            list(vec![i(1), i(2), i(3)]),
            vec![],
            "int(3)\narray(2) {\n  [0]=>\n  int(1)\n  [1]=>\n  int(2)\n}\n",
        ),
        // php: $a = [5 => "a", "k" => "b", 9 => "c"]; array_shift($a);
        (
            "array_shift",
            assoc(vec![("5", s("a")), ("k", s("b")), ("9", s("c"))]),
            vec![],
            "string(1) \"a\"\narray(2) {\n  [\"k\"]=>\n  string(1) \"b\"\n  [0]=>\n  string(1) \"c\"\n}\n",
        ),
        // php: $a = [5 => "a", "k" => "b"]; array_unshift($a, "z", "y");
        (
            "array_unshift",
            assoc(vec![("5", s("a")), ("k", s("b"))]),
            vec![s("z"), s("y")],
            "int(4)\narray(4) {\n  [0]=>\n  string(1) \"z\"\n  [1]=>\n  string(1) \"y\"\n  [2]=>\n  string(1) \"a\"\n  [\"k\"]=>\n  string(1) \"b\"\n}\n",
        ),
        // php: $a = "123abc"; settype($a, "integer");
        (
            "settype",
            s("123abc"),
            vec![s("integer")],
            "bool(true)\nint(123)\n",
        ),
        // php: $a = 5; settype($a, "array");
        (
            "settype",
            i(5),
            vec![s("array")],
            "bool(true)\narray(1) {\n  [0]=>\n  int(5)\n}\n",
        ),
        // php: $a = 5; settype($a, "nope");
        (
            "settype",
            i(5),
            vec![s("nope")],
            "ValueError: settype(): Argument #2 ($type) must be a valid type",
        ),
        // php: $a = [1, 2, 3]; end($a);
        (
            "end",
            list(vec![i(1), i(2), i(3)]),
            vec![],
            "int(3)\narray(3) {\n  [0]=>\n  int(1)\n  [1]=>\n  int(2)\n  [2]=>\n  int(3)\n}\n",
        ),
        // php: $a = []; next($a);
        (
            "next",
            list(vec![]),
            vec![],
            "bool(false)\narray(0) {\n}\n",
        ),

    ];
    let mut failures = Vec::new();
    for (name, array, rest, expected) in cases {
        let mut k = Kit::quiet();
        let (r, slot) = cell(array);
        let mut args = vec![r];
        args.extend(rest);
        let got = match k.call(name, args) {
            Ok(v) => {
                let after = slot.borrow().clone();
                k.dump(&v) + &k.dump(&after)
            }
            Err(e) => k.describe(e),
        };
        if got != expected {
            failures.push(format!("{name}:\n  php:  {expected:?}\n  ours: {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// php: `mt_srand(1); shuffle(range(1, 10))`, then `mt_srand(3)` and three `array_rand`s.
#[test]
fn seeded_shuffle_and_rand_match_php() {
    let mut k = Kit::quiet();
    let ints = |n: i64| list((0..n).map(i).collect());
    k.call("mt_srand", vec![i(1)]).expect("seed");
    let (r, slot) = cell(list((1..=10).map(i).collect()));
    k.call("shuffle", vec![r]).expect("shuffle");
    let shuffled = slot.borrow().clone();
    let joined = k.call("implode", vec![s(","), shuffled]).expect("implode");
    assert_eq!(k.dump(&joined), "string(20) \"1,9,3,8,7,2,4,5,10,6\"\n");
    k.call("mt_srand", vec![i(3)]).expect("seed");
    let mut picks = String::new();
    for args in [
        vec![ints(10), i(3)],
        vec![assoc(vec![("a", i(1)), ("b", i(2)), ("c", i(3))])],
        vec![ints(10), i(8)],
    ] {
        let v = k.call("array_rand", args).expect("array_rand");
        let json = k.call("json_encode", vec![v]).expect("json");
        picks.push_str(&String::from_utf8_lossy(&json.to_string_lossy(14)));
    }
    assert_eq!(picks, r#"[6,7,8]"a"[1,2,3,4,6,7,8,9]"#);
}

/// Warnings, notices, deprecations and errors, as php prints them with `-n`
/// (the " in FILE on line N" tails are left out on both sides).
#[test]
fn messages_match_php() {
    let cases: Vec<(&str, Vec<Value>, &str)> = vec![
        // php: strlen(null)
        (
            "strlen",
            vec![Value::Null],
            "\nDeprecated: strlen(): Passing null to parameter #1 ($string) of type string is deprecated\nint(0)\n",
        ),
        // php: str_repeat("a", 2.5)
        (
            "str_repeat",
            vec![s("a"), f(2.5)],
            "\nDeprecated: Implicit conversion from float 2.5 to int loses precision\nstring(2) \"aa\"\n",
        ),
        // php: str_repeat("a", "2.5")
        (
            "str_repeat",
            vec![s("a"), s("2.5")],
            "\nDeprecated: Implicit conversion from float-string \"2.5\" to int loses precision\nstring(2) \"aa\"\n",
        ),
        // php: str_repeat("a", null)
        (
            "str_repeat",
            vec![s("a"), Value::Null],
            "\nDeprecated: str_repeat(): Passing null to parameter #2 ($times) of type int is deprecated\nstring(0) \"\"\n",
        ),
        // php: sqrt(null)
        (
            "sqrt",
            vec![Value::Null],
            "\nDeprecated: sqrt(): Passing null to parameter #1 ($num) of type float is deprecated\nfloat(0)\n",
        ),
        // php: abs(null)
        (
            "abs",
            vec![Value::Null],
            "\nDeprecated: abs(): Passing null to parameter #1 ($num) of type int|float is deprecated\nint(0)\n",
        ),
        // php: implode(",", [[1], 2])
        (
            "implode",
            vec![s(","), list(vec![list(vec![i(1)]), i(2)])],
            "\nWarning: Array to string conversion\nstring(7) \"Array,2\"\n",
        ),
        // php: trim("abc", "c..a")
        (
            "trim",
            vec![s("abc"), s("c..a")],
            "\nWarning: trim(): Invalid '..'-range, '..'-range needs to be incrementing\nstring(1) \"b\"\n",
        ),
        // php: trim("abc", "..a")
        (
            "trim",
            vec![s("abc"), s("..a")],
            "\nWarning: trim(): Invalid '..'-range, no character to the left of '..'\nstring(2) \"bc\"\n",
        ),
        // php: trim("abc", "a..")
        (
            "trim",
            vec![s("abc"), s("a..")],
            "\nWarning: trim(): Invalid '..'-range, no character to the right of '..'\nstring(2) \"bc\"\n",
        ),
        // php: array_flip(["a", 1.5])
        (
            "array_flip",
            vec![list(vec![s("a"), f(1.5)])],
            "\nWarning: array_flip(): Can only flip string and integer values, entry skipped\narray(1) {\n  [\"a\"]=>\n  int(0)\n}\n",
        ),
        // php: array_count_values([1.5, "a"])
        (
            "array_count_values",
            vec![list(vec![f(1.5), s("a")])],
            "\nWarning: array_count_values(): Can only count string and integer values, entry skipped\narray(1) {\n  [\"a\"]=>\n  int(1)\n}\n",
        ),
        // php: hexdec("zz1")
        (
            "hexdec",
            vec![s("zz1")],
            "\nDeprecated: Invalid characters passed for attempted conversion, these have been ignored\nint(1)\n",
        ),
        // php: hex2bin("abc")
        (
            "hex2bin",
            vec![s("abc")],
            "\nWarning: hex2bin(): Hexadecimal input string must have an even length\nbool(false)\n",
        ),
        // php: hex2bin("zz")
        (
            "hex2bin",
            vec![s("zz")],
            "\nWarning: hex2bin(): Input string must be hexadecimal string\nbool(false)\n",
        ),
        // php: strtr("abc", ["" => "x", "a" => "b"])
        (
            "strtr",
            vec![s("abc"), assoc(vec![("", s("x")), ("a", s("b"))])],
            "\nWarning: strtr(): Ignoring replacement of empty string\nstring(3) \"bbc\"\n",
        ),
        // php: sprintf("%.60f", 1)
        (
            "sprintf",
            vec![s("%.60f"), i(1)],
            "\nNotice: sprintf(): Requested precision of 60 digits was truncated to PHP maximum of 53 digits\nstring(55) \"1.00000000000000000000000000000000000000000000000000000\"\n",
        ),
        // php: printf("%s-%d\n", "x", 5)
        (
            "printf",
            vec![s("%s-%d\n"), s("x"), i(5)],
            "x-5\nint(4)\n",
        ),
        // php: var_export([1, [2]])
        (
            "var_export",
            vec![list(vec![i(1), list(vec![i(2)])])],
            "array (\n  0 => 1,\n  1 => \n  array (\n    0 => 2,\n  ),\n)NULL\n",
        ),
        // php: print_r(["a" => [1]])
        (
            "print_r",
            vec![assoc(vec![("a", list(vec![i(1)]))])],
            "Array\n(\n    [a] => Array\n        (\n            [0] => 1\n        )\n\n)\nbool(true)\n",
        ),
        // php: file_get_contents("/nope/x")
        (
            "file_get_contents",
            vec![s("/nope/x")],
            "\nWarning: file_get_contents(/nope/x): Failed to open stream: No such file or directory\nbool(false)\n",
        ),
        // php: unlink("/nope/x")
        (
            "unlink",
            vec![s("/nope/x")],
            "\nWarning: unlink(/nope/x): No such file or directory\nbool(false)\n",
        ),
        // php: unserialize("b:2;")
        (
            "unserialize",
            vec![s("b:2;")],
            "\nNotice: unserialize(): Error at offset 0 of 4 bytes\nbool(false)\n",
        ),
        // php: json_decode("[1", false, 512, JSON_THROW_ON_ERROR)
        (
            "json_decode",
            vec![s("[1"), Value::False, i(512), i(4194304)],
            "JsonException: Syntax error",
        ),
        // php: number_format("x")
        (
            "number_format",
            vec![s("x")],
            "TypeError: number_format(): Argument #1 ($num) must be of type float, string given",
        ),
        // php: round("3.7")
        (
            "round",
            vec![s("3.7")],
            "float(4)\n",
        ),
        // php: intval([])
        (
            "intval",
            vec![list(vec![])],
            "int(0)\n",
        ),
        // php: count(null)
        (
            "count",
            vec![Value::Null],
            "TypeError: count(): Argument #1 ($value) must be of type Countable|array, null given",
        ),
        // php: array_keys("x")
        (
            "array_keys",
            vec![s("x")],
            "TypeError: array_keys(): Argument #1 ($array) must be of type array, string given",
        ),
        // php: str_pad("x", 5, " ", 7)
        (
            "str_pad",
            vec![s("x"), i(5), s(" "), i(7)],
            "ValueError: str_pad(): Argument #4 ($pad_type) must be STR_PAD_LEFT, STR_PAD_RIGHT, or STR_PAD_BOTH",
        ),
        // php: array_fill(0, -1, 1)
        (
            "array_fill",
            vec![i(0), i(-1), i(1)],
            "ValueError: array_fill(): Argument #2 ($count) must be greater than or equal to 0",
        ),
        // php: array_chunk([1], 0)
        (
            "array_chunk",
            vec![list(vec![i(1)]), i(0)],
            "ValueError: array_chunk(): Argument #2 ($length) must be greater than 0",
        ),
        // php: array_combine([1, 2], [3])
        (
            "array_combine",
            vec![list(vec![i(1), i(2)]), list(vec![i(3)])],
            "ValueError: array_combine(): Argument #1 ($keys) and argument #2 ($values) must have the same number of elements",
        ),
        // php: mt_rand(5, 1)
        (
            "mt_rand",
            vec![i(5), i(1)],
            "ValueError: mt_rand(): Argument #2 ($max) must be greater than or equal to argument #1 ($min)",
        ),
        // php: mt_rand(5)
        (
            "mt_rand",
            vec![i(5)],
            "ArgumentCountError: mt_rand() expects exactly 2 arguments, 1 given",
        ),
        // php: random_int(5, 1)
        (
            "random_int",
            vec![i(5), i(1)],
            "ValueError: random_int(): Argument #1 ($min) must be less than or equal to argument #2 ($max)",
        ),
        // php: str_split("abc", 0)
        (
            "str_split",
            vec![s("abc"), i(0)],
            "ValueError: str_split(): Argument #2 ($length) must be greater than 0",
        ),
        // php: explode("", "a")
        (
            "explode",
            vec![s(""), s("a")],
            "ValueError: explode(): Argument #1 ($separator) cannot be empty",
        ),
        // php: substr_count("abc", "")
        (
            "substr_count",
            vec![s("abc"), s("")],
            "ValueError: substr_count(): Argument #2 ($needle) cannot be empty",
        ),
        // php: wordwrap("abc", 0, "\n", true)
        (
            "wordwrap",
            vec![s("abc"), i(0), s("\n"), Value::True],
            "ValueError: wordwrap(): Argument #4 ($cut_long_words) cannot be true when argument #2 ($width) is 0",
        ),
        // php: range(1, 2, 5)
        (
            "range",
            vec![i(1), i(2), i(5)],
            "ValueError: range(): Argument #3 ($step) must not exceed the specified range",
        ),
        // php: array_rand([])
        (
            "array_rand",
            vec![list(vec![])],
            "ValueError: array_rand(): Argument #1 ($array) cannot be empty",
        ),
        // php: array_rand([1, 2], 5)
        (
            "array_rand",
            vec![list(vec![i(1), i(2)]), i(5)],
            "ValueError: array_rand(): Argument #2 ($num) must be between 1 and the number of elements in argument #1 ($array)",
        ),
        // php: base_convert("zz", 36, 1)
        (
            "base_convert",
            vec![s("zz"), i(36), i(1)],
            "ValueError: base_convert(): Argument #3 ($to_base) must be between 2 and 36 (inclusive)",
        ),
        // php: levenshtein("a", "b", 2, 3, 4)
        (
            "levenshtein",
            vec![s("a"), s("b"), i(2), i(3), i(4)],
            "int(3)\n",
        ),
        // php: max([])
        (
            "max",
            vec![list(vec![])],
            "ValueError: max(): Argument #1 ($value) must contain at least one element",
        ),
        // php: log(0)
        (
            "log",
            vec![i(0)],
            "float(-INF)\n",
        ),
        // php: fmod(10, 3.3)
        (
            "fmod",
            vec![i(10), f(3.3)],
            "float(0.10000000000000053)\n",
        ),
        // php: pow("abc", 2)
        (
            "pow",
            vec![s("abc"), i(2)],
            "TypeError: Unsupported operand types: string ** int",
        ),
        // php: pow(2, 63)
        (
            "pow",
            vec![i(2), i(63)],
            "float(9.223372036854776E+18)\n",
        ),
        // php: intdiv(PHP_INT_MIN, -1)
        (
            "intdiv",
            vec![i(i64::MIN), i(-1)],
            "ArithmeticError: Division of PHP_INT_MIN by -1 is not an integer",
        ),
        // php: preg_match('abc', 'x')
        (
            "preg_match",
            vec![s("abc"), s("x")],
            "\nWarning: preg_match(): Delimiter must not be alphanumeric, backslash, or NUL\nbool(false)\n",
        ),
        // php: preg_match('/abc', 'x')
        (
            "preg_match",
            vec![s("/abc"), s("x")],
            "\nWarning: preg_match(): No ending delimiter '/' found\nbool(false)\n",
        ),
        // php: preg_match('/abc/k', 'x')
        (
            "preg_match",
            vec![s("/abc/k"), s("x")],
            "\nWarning: preg_match(): Unknown modifier 'k'\nbool(false)\n",
        ),
        // php: preg_match('', 'x')
        (
            "preg_match",
            vec![s(""), s("x")],
            "\nWarning: preg_match(): Empty regular expression\nbool(false)\n",
        ),
        // php: preg_match('(abc', 'x')
        (
            "preg_match",
            vec![s("(abc"), s("x")],
            "\nWarning: preg_match(): No ending matching delimiter ')' found\nbool(false)\n",
        ),

    ];
    let mut failures = Vec::new();
    for (name, args, expected) in cases {
        let mut k = Kit::new();
        let got = k.dump_call(name, args).replace(" in  on line 0", "");
        if got != expected {
            failures.push(format!("{name}:\n  php:  {expected:?}\n  ours: {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Every built-in of the library, called with odd argument lists: errors are fine,
/// a panic is a bug.
#[test]
fn odd_arguments_never_panic() {
    let pool = || {
        vec![
            Value::Null,
            Value::True,
            i(-1),
            i(0),
            i(3),
            i(i64::MIN),
            i(i64::MAX),
            f(f64::NAN),
            f(-0.0),
            f(1e300),
            s(""),
            s("abc"),
            s("-1"),
            s("1e400"),
            s("\u{ff}\u{fe}%"),
            s("%1$s%*d%.*f"),
            s("strlen"),
            list(vec![]),
            list(vec![i(1), s("a"), list(vec![f(0.5)])]),
            assoc(vec![("k", i(2)), ("7", s("x"))]),
        ]
    };
    // Functions with side effects outside the VM are left out.
    let skip = [
        "file_put_contents",
        "unlink",
        "mkdir",
        "rmdir",
        "file_get_contents",
        "file",
        // Streams and the file system: files named after the odd arguments,
        // blocking reads of php://stdin, long sleeps.
        "fopen",
        "readfile",
        "copy",
        "rename",
        "touch",
        "tempnam",
        "tmpfile",
        "symlink",
        "link",
        "chmod",
        "chown",
        "lchown",
        "chgrp",
        "lchgrp",
        "umask",
        "chdir",
        "sleep",
        "usleep",
        "time_nanosleep",
        "time_sleep_until",
        "move_uploaded_file",
    ];
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move |n: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % n as u64) as usize
    };
    // The VM checks arity before a handler runs, so the counts stay within it.
    let specs: Vec<(&str, usize, usize)> = super::all()
        .filter(|spec| {
            !crate::corefns::FUNCTIONS
                .iter()
                .any(|c| c.name == spec.name)
        })
        .filter(|spec| !skip.contains(&spec.name))
        .map(|spec| {
            let extra = if spec.variadic { 2 } else { 0 };
            (spec.name, spec.required as usize, spec.params.len() + extra)
        })
        .collect();
    for (name, min, max) in specs {
        let mut k = Kit::quiet();
        for _ in 0..150 {
            let n = min + next(max - min + 1);
            let args: Vec<Value> = (0..n).map(|_| pool()[next(20)].clone()).collect();
            let _ = k.call(name, args);
            k.output();
        }
    }
}

/// php: `$a=[3,1,2]; $b=["c","a","b"]; array_multisort($a, $b);` and
/// `$d=[1,1,2]; $e=["x"=>3, 5=>1, 7=>2]; array_multisort($d, SORT_DESC, $e);`
#[test]
fn multisort_matches_php() {
    let mut k = Kit::quiet();
    let json = |k: &mut Kit, v: Value| {
        let j = k.call("json_encode", vec![v]).expect("json");
        String::from_utf8_lossy(&j.to_string_lossy(14)).into_owned()
    };
    let (a, ra) = cell(list(vec![i(3), i(1), i(2)]));
    let (b, rb) = cell(list(vec![s("c"), s("a"), s("b")]));
    k.call("array_multisort", vec![a, b]).expect("multisort");
    let (va, vb) = (ra.borrow().clone(), rb.borrow().clone());
    assert_eq!(json(&mut k, va), "[1,2,3]");
    assert_eq!(json(&mut k, vb), r#"["a","b","c"]"#);
    let (d, rd) = cell(list(vec![i(1), i(1), i(2)]));
    let (e, re) = cell(assoc(vec![("x", i(3)), ("5", i(1)), ("7", i(2))]));
    k.call("array_multisort", vec![d, i(3), e])
        .expect("multisort");
    let (vd, ve) = (rd.borrow().clone(), re.borrow().clone());
    assert_eq!(json(&mut k, vd), "[2,1,1]");
    assert_eq!(json(&mut k, ve), r#"{"0":2,"1":1,"x":3}"#);
    let err = k.call(
        "array_multisort",
        vec![list(vec![i(1)]), list(vec![i(1), i(2)])],
    );
    assert_eq!(
        k.describe(err.expect_err("sizes")),
        "ValueError: Array sizes are inconsistent"
    );
    let err = k.call("array_multisort", vec![list(vec![i(1)]), i(4), i(3)]);
    assert_eq!(
        k.describe(err.expect_err("flags")),
        "TypeError: array_multisort(): Argument #3 must be an array or a sort flag that has not already been specified"
    );
}
