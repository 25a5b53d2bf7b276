//! Operator precedence and associativity, as PHP 8.2 groups them (each grouping was
//! checked against `php -r` by evaluating an expression where the grouping matters).

use super::r;

#[test]
fn arithmetic_and_concat() {
    assert_eq!(r("1 + 2 * 3"), "(+ 1 (* 2 3))");
    assert_eq!(r("1 - 2 - 3"), "(- (- 1 2) 3)");
    assert_eq!(r("1 . 2 + 3"), "(. 1 (+ 2 3))"); // PHP 8: `+` binds tighter than `.`
    assert_eq!(r("1 << 2 . 3"), "(. (<< 1 2) 3)");
    assert_eq!(r("1 + 2 << 3"), "(<< (+ 1 2) 3)");
    assert_eq!(r("$a % $b * $c"), "(* (% $a $b) $c)");
}

#[test]
fn pow_is_right_associative_and_above_unary_minus() {
    assert_eq!(r("2 ** 3 ** 2"), "(** 2 (** 3 2))");
    assert_eq!(r("-2 ** 2"), "(neg (** 2 2))");
    assert_eq!(r("2 ** -1"), "(** 2 (neg 1))");
    assert_eq!(r("(int) $a ** 2"), "((Int) (** $a 2))");
    assert_eq!(r("-$a * 2"), "(* (neg $a) 2)");
}

#[test]
fn mixed_levels_rise_and_fall() {
    // php: 1 + 2 * 3 - 4 / 2 is 5; 2 * 3 . 4 + 1 is "65"; 6 - 2 - 1 . 5 is "35".
    assert_eq!(r("1 + 2 * 3 - 4 / 2"), "(- (+ 1 (* 2 3)) (/ 4 2))");
    assert_eq!(r("2 * 3 . 4 + 1"), "(. (* 2 3) (+ 4 1))");
    assert_eq!(r("6 - 2 - 1 . 5"), "(. (- (- 6 2) 1) 5)");
    assert_eq!(r("1 < 2 == 3 < 4"), "(== (< 1 2) (< 3 4))");
    assert_eq!(r("$a ?? $b || $c ?? $d"), "(?? $a (?? (|| $b $c) $d))");
}

#[test]
fn comparisons() {
    assert_eq!(r("1 < 2 == true"), "(== (< 1 2) true)");
    assert_eq!(r("$a == $b && $c != $d"), "(&& (== $a $b) (!= $c $d))");
    assert_eq!(r("$a <=> $b"), "(<=> $a $b)");
    assert_eq!(r("$a & $b == $c"), "(& $a (== $b $c))");
    assert_eq!(r("$a | $b ^ $c & $d"), "(| $a (^ $b (& $c $d)))");
}

#[test]
fn logical_operators() {
    assert_eq!(r("$a || $b && $c"), "(|| $a (&& $b $c))");
    assert_eq!(r("$a or $b xor $c and $d"), "(|| $a (xor $b (&& $c $d)))");
    assert_eq!(r("$a = true and false"), "(&& (= $a true) false)");
    assert_eq!(r("$a = true && false"), "(= $a (&& true false))");
    assert_eq!(r("!$a && $b"), "(&& (! $a) $b)");
    assert_eq!(r("!$a instanceof B"), "(! (instanceof $a B))");
    assert_eq!(r("-$a instanceof B"), "(instanceof (neg $a) B)");
}

#[test]
fn coalesce_and_ternary() {
    assert_eq!(r("$a ?? $b ?? $c"), "(?? $a (?? $b $c))");
    assert_eq!(r("$a ?? $b ? 1 : 2"), "(? (?? $a $b) 1 2)");
    assert_eq!(r("$a ?: $b ?: $c"), "(?: (?: $a $b) $c)");
    assert_eq!(
        r("$a ? $b : ($c ? $d : $e)"),
        "(? $a $b (paren (? $c $d $e)))"
    );
    assert_eq!(
        r("($a ? $b : $c) ? $d : $e"),
        "(? (paren (? $a $b $c)) $d $e)"
    );
    assert_eq!(r("$a ? $b = 1 : 2"), "(? $a (= $b 1) 2)");
    assert_eq!(r("$x = $a ? 1 : 2"), "(= $x (? $a 1 2))");
}

#[test]
fn assignment_inside_operands() {
    assert_eq!(r("!$a = f()"), "(! (= $a f()))");
    assert_eq!(r("$a && $b = 1"), "(&& $a (= $b 1))");
    assert_eq!(r("$a + $b = 3"), "(+ $a (= $b 3))");
    assert_eq!(r("$a = $b = 3"), "(= $a (= $b 3))");
    assert_eq!(r("$a += $b *= 2"), "(+= $a (*= $b 2))");
    assert_eq!(r("$a ??= []"), "(??= $a [])");
    assert_eq!(r("$a = &$b"), "(=& $a $b)");
    assert_eq!(r("$a .= 'x' . 'y'"), "(.= $a (. 'x' 'y'))");
}

#[test]
fn prefix_keywords() {
    assert_eq!(r("print 1 . 2"), "(print (. 1 2))");
    assert_eq!(r("print 1 and 2"), "(&& (print 1) 2)");
    assert_eq!(r("1 + print 2"), "(+ 1 (print 2))");
    assert_eq!(r("$a ?? throw new E"), "(?? $a (throw (new E )))");
    assert_eq!(r("$a || throw $e"), "(|| $a (throw $e))");
    assert_eq!(r("include 'a' . 'b'"), "(Include (. 'a' 'b'))");
    assert_eq!(r("$x = include 'a.php'"), "(= $x (Include 'a.php'))");
    assert_eq!(r("$f = fn($x) => $x + 1"), "(= $f (fn($x) => (+ $x 1)))");
    assert_eq!(r("clone $a->b"), "(clone $a->b)");
    assert_eq!(r("@$a['x'] + 1"), "(+ (@ $a['x']) 1)");
    assert_eq!(r("(string) $a . $b"), "(. ((String) $a) $b)");
    assert_eq!(r("new A instanceof A"), "(instanceof (new A ) A)");
}

#[test]
fn lowest_prefix_forms_take_logical_operators() {
    // `include`, `throw` and `fn` are below `or` in PHP's table; `print` is above `and`
    assert_eq!(r("include 'a' or die()"), "(Include (|| 'a' exit()))");
    assert_eq!(r("require 'a' and 1 xor 2"), "(Require (xor (&& 'a' 1) 2))");
    assert_eq!(r("$a and include 'x' or 1"), "(&& $a (Include (|| 'x' 1)))");
    assert_eq!(r("$x = include 'a' or 1"), "(= $x (Include (|| 'a' 1)))");
    assert_eq!(r("$x ?? throw $e or 1"), "(?? $x (throw (|| $e 1)))");
    assert_eq!(r("$f = fn() => $a or $b"), "(= $f (fn() => (|| $a $b)))");
    assert_eq!(r("print 1 or 2"), "(|| (print 1) 2)");
    assert_eq!(r("print include 'a' or 2"), "(print (Include (|| 'a' 2)))");
    assert_eq!(r("$a = 1 and $b = 2"), "(&& (= $a 1) (= $b 2))");
}

#[test]
fn logical_operators_in_keys() {
    assert_eq!(r("[1 and 0 => 3]"), "[(&& 1 0) => 3]");
    assert_eq!(r("[1 or 0 => 3, 4]"), "[(|| 1 0) => 3, 4]");
}

#[test]
fn yields() {
    let y = |s: &str| {
        let f = super::stmts(&format!("function g() {{ {s}; }}"));
        match &f[0].kind {
            crate::ast::StmtKind::Function(d) => match &d.body[0].kind {
                crate::ast::StmtKind::Expr(e) => super::render::expr(e),
                other => format!("{other:?}"),
            },
            other => format!("{other:?}"),
        }
    };
    assert_eq!(y("yield"), "(yield)");
    assert_eq!(y("yield 1"), "(yield 1)");
    assert_eq!(y("yield $k => $v"), "(yield $k $v)");
    assert_eq!(y("$x = yield $v"), "(= $x (yield $v))");
    assert_eq!(y("yield from g()"), "(yield-from g())");
    assert_eq!(y("yield 1 + 2"), "(yield (+ 1 2))");
    assert_eq!(y("$a = [yield 1 => 2]"), "(= $a [(yield 1 2)])");
    assert_eq!(y("yield -1"), "(yield (neg 1))");
    assert_eq!(y("yield * -1"), "(* (yield) (neg 1))");
    assert_eq!(y("yield . 'a'"), "(. (yield) 'a')");
    assert_eq!(y("yield 1 or 2"), "(|| (yield 1) 2)");
    assert_eq!(y("yield yield 1 => 2 => 3"), "(yield (yield 1 2) 3)");
    assert_eq!(
        y("yield yield 1 => yield 2 => 3"),
        "(yield (yield 1 (yield 2 3)))"
    );
    assert_eq!(
        y("$a = [yield 1 => (yield 2) => 3]"),
        "(= $a [(yield 1 (yield 2)) => 3])"
    );
    assert_eq!(
        y("$a = [yield 1 => yield 2 => 3]"),
        "(= $a [(yield 1 (yield 2 3))])"
    );
}

#[test]
fn casts_and_increments() {
    assert_eq!(r("(int) $a + 1"), "(+ ((Int) $a) 1)");
    assert_eq!(r("(bool) !$a"), "((Bool) (! $a))");
    assert_eq!(r("$a++ + ++$b"), "(+ (post++ $a) (++pre $b))");
    assert_eq!(r("-$a--"), "(neg (post-- $a))");
    assert_eq!(r("~$a & 1"), "(& (~ $a) 1)");
}
