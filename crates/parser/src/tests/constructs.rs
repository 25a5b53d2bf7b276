//! Every construct of PHP 8.2 parses, into the expected shape.

use super::{expr_of, parse, parse_ok, r, stmts};
use crate::ast::*;

/// Snippets that must parse (each passes `php -l`, except `$a{0}`, which PHP rejects).
pub(super) const VALID: &[&str] = &[
    "<?php echo 1, 2; print 3;",
    "<html><?php echo 1 ?>text<?= $x ?>",
    "<?php if ($a) { b(); } elseif ($c) d(); else if ($e) f(); else { g(); }",
    "<?php if ($a): b(); elseif ($c): d(); else: e(); endif;",
    "<?php if ($a) if ($b) c(); else d();",
    "<?php while ($a) { $a--; } while ($b): endwhile; do { x(); } while (0);",
    "<?php for ($i = 0, $j = 1; $i < 10; $i++, $j++) {} for (;;): break; endfor;",
    "<?php foreach ($a as $v) {} foreach ($a as $k => &$v): endforeach; foreach ($a as [$x, [$y, $z]]) {}",
    "<?php foreach ($a as list('k' => $x, 'l' => $y)) {} foreach (f() as $k => list($a)) {}",
    "<?php switch ($a) { case 1: case 2; echo 1; break; default: echo 2; }",
    "<?php switch ($a): ; case 1: break 1; endswitch;",
    "<?php switch ($a) {}",
    "<?php declare(strict_types=1); declare(ticks=1) { x(); } declare(ticks=1): enddeclare;",
    "<?php namespace A\\B; use C\\D, E as F; use function g\\h; use const I\\J as K;",
    "<?php namespace A { const X = 1; } namespace { echo X; }",
    "<?php use A\\{B, C as D, function e, const F}; use function A\\{b, c};",
    "<?php goto end; end: echo 1;",
    "<?php global $a, $$b; static $x = 1, $y;",
    "<?php unset($a, $b['c'],); isset($a, $b->c); empty($a);",
    "<?php try { a(); } catch (A | B $e) { } catch (C) { } finally { }",
    "<?php try { } finally { }",
    "<?php throw new Exception('x');",
    "<?php function &f(int $a, ?string $b = null, int|string ...$c): ?int { return $a; }",
    "<?php function f(A&B $x, (A&B)|null $y, &$z, array $w = [], callable $c = null): void {}",
    "<?php function f(#[A] $x = 1,) {}",
    "<?php $f = function ($a) use ($b, &$c): int { return 1; }; $g = static function () {};",
    "<?php $f = fn($x) => fn($y) => $x + $y; $g = static fn(): int => 1; $h = fn&(array &$a) => $a;",
    "<?php strlen(...); $o->m(...); A::m(...);",
    "<?php f(a: 1, b: 2); f(...$args, ...$more); f(class: 1, list: 2, array: 3);",
    "<?php $a?->b?->c(); $a->b()->c; $a::$b; $a::B; $a::class; A::$b[0](); $a->{'b'}; $a->$b();",
    "<?php [$a, [$b, $c]] = $x; [, $b] = $x; ['k' => $a, 'l' => [$b]] = $x; list($a, list(, $b)) = $x;",
    "<?php [$a, &$b] = $x; [&$a] = $x; $a = [1, 2, ...$c, 'k' => &$d];",
    "<?php exit; exit(); exit(1); die; die('x');",
    "<?php include 'a.php'; include_once 'b.php'; require('c.php'); require_once __DIR__ . '/d.php'; eval('1;');",
    "<?php echo __LINE__, __FILE__, __DIR__, __CLASS__, __TRAIT__, __METHOD__, __FUNCTION__, __NAMESPACE__;",
    "<?php echo \"a $b c {$d['e']} ${f} {$g->h()}\", \"$a[0] $a[k] $a[$i] $o->p\";",
    "<?php echo `ls $dir`;",
    "<?php $x = match($a) { 1, 2 => 'a', default => 'b', };",
    "<?php $x = match(true) {};",
    "<?php $x = new class(1) extends A implements B { public function f() {} };",
    "<?php $x = new A; $y = new A(); $z = new $cls(); new static; new (get())(); new $a['b']->c;",
    "<?php abstract class A extends B implements C, D { const X = 1, Y = 2; public const Z = 3; }",
    "<?php final class A { use T1, T2 { T1::f insteadof T2; T2::f as g; f as protected; f as private h; } }",
    "<?php class A { public int $a = 1, $b; private static ?A $c; var $d; readonly int $e; public static $f; }",
    "<?php class A { public function __construct(private int $x, public readonly ?string $y = null) {} }",
    "<?php class A { abstract protected function f(); public static function g(): static { return new static; } }",
    "<?php class A { function list() {} function class() {} const FOREACH = 1; }",
    "<?php interface I extends J, K { public function f(); const C = 1; }",
    "<?php trait T { public $x; abstract function f(); }",
    "<?php enum Suit: string implements I { case Hearts = 'H'; case Spades = 'S'; const X = self::Hearts; public function f() {} }",
    "<?php enum E { case A; case B; }",
    "<?php #[A, B(1, x: 2)] #[C] class X { #[D] public $p; #[E] function f(#[F] $x) {} }",
    "<?php #[A] function f() {} $f = #[A] fn() => 1; $g = #[A] static function() {};",
    "<?php readonly class A {}",
    "<?php $a->list; $a->class; A::list(); A::CLASS; $a->function = 1;",
    "<?php $x = (object) ['a' => 1]; $y = (array) $x; $z = (float) '1.5'; $w = (bool) 0; $v = (string) 1;",
    "<?php $a = <<<EOT\nhello $name\nEOT;\n",
    "<?php __halt_compiler(); garbage ( ] {",
    "<?php $a = array(1, 2, 3,); $b = [1 => 2, 3 => 4]; $c = [];",
    "<?php $$a = 1; ${'b'} = 2; $$$c = 3;",
    "<?php 'strlen'('x'); [new A, 'f'](); (function() {})(); $a[0]();",
    "<?php $a{0};",
];

#[test]
fn valid_snippets_parse() {
    for src in VALID {
        if src.contains("$a{0}") {
            assert!(parse(src).is_err(), "{src:?} must be rejected");
            continue;
        }
        parse_ok(src);
    }
}

#[test]
fn echo_and_inline_html() {
    let f = parse_ok("<b><?php echo 1, 'x' ?>\n<i>");
    assert!(matches!(&f.stmts[0].kind, StmtKind::InlineHtml(h) if h == b"<b>"));
    assert!(matches!(&f.stmts[1].kind, StmtKind::Echo(e) if e.len() == 2));
    assert!(matches!(&f.stmts[2].kind, StmtKind::InlineHtml(h) if h == b"<i>"));
}

#[test]
fn if_chains() {
    let s = stmts("if ($a) x(); elseif ($b) y(); else z();");
    let StmtKind::If {
        then,
        elseifs,
        else_,
        ..
    } = &s[0].kind
    else {
        panic!()
    };
    assert_eq!(then.len(), 1);
    assert_eq!(elseifs.len(), 1);
    assert!(else_.is_some());
    // the dangling else belongs to the inner if
    let s = stmts("if ($a) if ($b) x(); else y();");
    let StmtKind::If { then, else_, .. } = &s[0].kind else {
        panic!()
    };
    assert!(else_.is_none());
    assert!(matches!(&then[0].kind, StmtKind::If { else_: Some(_), .. }));
    let s = stmts("if ($a): x(); elseif ($b): else: y(); z(); endif;");
    let StmtKind::If { elseifs, else_, .. } = &s[0].kind else {
        panic!()
    };
    assert_eq!(elseifs.len(), 1);
    assert_eq!(else_.as_ref().map(Vec::len), Some(2));
}

#[test]
fn loops() {
    let s = stmts("foreach ($a as $k => &$v) { }");
    let StmtKind::Foreach {
        key, by_ref, value, ..
    } = &s[0].kind
    else {
        panic!()
    };
    assert!(key.is_some() && *by_ref);
    assert!(matches!(value.kind, ExprKind::Var(ref n) if n == "v"));
    let s = stmts("for ($i = 0; $i < 3; $i++) echo $i;");
    let StmtKind::For {
        init,
        cond,
        step,
        body,
    } = &s[0].kind
    else {
        panic!()
    };
    assert_eq!(
        (init.len(), cond.len(), step.len(), body.len()),
        (1, 1, 1, 1)
    );
    let s = stmts("do x(); while ($a);");
    assert!(matches!(s[0].kind, StmtKind::DoWhile { .. }));
}

#[test]
fn switch_cases() {
    let s = stmts("switch ($a) { case 1; case 2: x(); default: y(); z(); }");
    let StmtKind::Switch { cases, .. } = &s[0].kind else {
        panic!()
    };
    assert_eq!(cases.len(), 3);
    assert!(cases[2].cond.is_none());
    assert_eq!(cases[2].body.len(), 2);
}

#[test]
fn declare_bodies() {
    let s = stmts("declare(strict_types=1);");
    let StmtKind::Declare { directives, body } = &s[0].kind else {
        panic!()
    };
    assert_eq!(directives[0].0.name, "strict_types");
    assert!(body.is_none());
    let s = stmts("declare(ticks=1) { a(); b(); }");
    assert!(matches!(&s[0].kind, StmtKind::Declare { body: Some(b), .. } if b.len() == 2));
}

#[test]
fn namespaces_and_uses() {
    let s = stmts("namespace A\\B; use C\\D as E, F;");
    assert!(
        matches!(&s[0].kind, StmtKind::Namespace { name: Some(n), body: None } if n.parts == "A\\B")
    );
    let StmtKind::Use { kind, uses } = &s[1].kind else {
        panic!()
    };
    assert_eq!(*kind, UseKind::Normal);
    assert_eq!(uses[0].name.parts, "C\\D");
    assert_eq!(uses[0].alias.as_ref().map(|a| a.name.as_str()), Some("E"));
    let s = stmts("use A\\{B, function c, const D as E};");
    let StmtKind::Use { uses, .. } = &s[0].kind else {
        panic!()
    };
    let names: Vec<_> = uses
        .iter()
        .map(|u| (u.name.parts.as_str(), u.kind))
        .collect();
    assert_eq!(
        names,
        [
            ("A\\B", UseKind::Normal),
            ("A\\c", UseKind::Function),
            ("A\\D", UseKind::Const)
        ]
    );
    let s = stmts("use function A\\{b, c};");
    let StmtKind::Use { kind, uses } = &s[0].kind else {
        panic!()
    };
    assert_eq!(*kind, UseKind::Function);
    assert!(uses.iter().all(|u| u.kind == UseKind::Function));
    let s = stmts("namespace { } ");
    assert!(matches!(
        &s[0].kind,
        StmtKind::Namespace {
            name: None,
            body: Some(_)
        }
    ));
}

#[test]
fn names_keep_their_kind() {
    let e = expr_of("\\A\\f(namespace\\B::C, D\\E)");
    assert_eq!(super::render::expr(&e), "\\A\\f(namespace\\B::C, D\\E)");
    let ExprKind::Call { callee, .. } = &e.kind else {
        panic!()
    };
    assert!(
        matches!(&**callee, Callee::Name(n) if n.kind == NameKind::FullyQualified && n.parts == "A\\f")
    );
}

#[test]
fn try_catch() {
    let s = stmts("try { } catch (A | \\B $e) { x(); } catch (C) { } finally { y(); }");
    let StmtKind::Try {
        catches, finally, ..
    } = &s[0].kind
    else {
        panic!()
    };
    assert_eq!(catches[0].types.len(), 2);
    assert_eq!(catches[0].var.as_ref().map(|v| v.name.as_str()), Some("e"));
    assert!(catches[1].var.is_none());
    assert_eq!(finally.as_ref().map(Vec::len), Some(1));
    let s = stmts("throw $e;");
    assert!(matches!(s[0].kind, StmtKind::Throw(_)));
}

#[test]
fn functions_and_params() {
    let s = stmts("/** doc */ function &f(int $a, ?string &$b = null, int|false ...$c): static {}");
    let StmtKind::Function(f) = &s[0].kind else {
        panic!()
    };
    assert_eq!(f.name.name, "f");
    assert!(f.by_ref_return);
    assert_eq!(f.doc_comment.as_deref(), Some("/** doc */"));
    assert_eq!(f.params.len(), 3);
    assert!(matches!(&f.params[1].ty, Some(TypeHint::Nullable(_))));
    assert!(f.params[1].by_ref && f.params[1].default.is_some());
    assert!(f.params[2].variadic);
    assert!(matches!(&f.params[2].ty, Some(TypeHint::Union(u)) if u.len() == 2));
    assert!(matches!(&f.return_type, Some(TypeHint::Named(n)) if n.parts == "static"));
    let s = stmts("function g((A&B)|null $x, A&B $y) {}");
    let StmtKind::Function(f) = &s[0].kind else {
        panic!()
    };
    assert!(
        matches!(&f.params[0].ty, Some(TypeHint::Union(u)) if matches!(u[0], TypeHint::Intersection(_)))
    );
    assert!(matches!(&f.params[1].ty, Some(TypeHint::Intersection(i)) if i.len() == 2));
}

#[test]
fn closures_and_arrow_functions() {
    assert_eq!(
        r("function ($a) use ($b, &$c) { return 1; }"),
        "(function($a) use($b, &$c) {1 stmts})"
    );
    assert_eq!(r("static fn($x) => $x"), "(static fn($x) => $x)");
    // the body takes `and` (PHP's arrow functions are below `or`)
    assert_eq!(r("fn($x) => $x and 1"), "(fn($x) => (&& $x 1))");
    assert_eq!(r("strlen(...)"), "strlen(...)");
    assert_eq!(r("$o?->m(...)"), "$o?->m(...)");
}

#[test]
fn calls_and_members() {
    assert_eq!(r("f(a: 1, ...$b)"), "f(a: 1, ...$b)");
    assert_eq!(r("$a?->b->c()"), "$a?->b->c()");
    assert_eq!(r("A::$b"), "A::$b");
    assert_eq!(r("A::$$b"), "A::${$b}");
    assert_eq!(r("A::b()"), "A::b()");
    assert_eq!(r("$a::class"), "$a::class");
    assert_eq!(r("static::f()"), "static::f()");
    assert_eq!(r("$a->list"), "$a->list");
    assert_eq!(r("$a->$b()"), "$a->{$b}()");
    assert_eq!(r("'f'()"), "('f')()");
    assert_eq!(r("(new A)->b"), "(new A )->b");
    assert_eq!(r("$a[1][]"), "$a[1][]");
    assert_eq!(r("${'a' . 'b'}"), "${(. 'a' 'b')}");
    assert_eq!(r("$$a"), "${$a}");
    assert_eq!(r("A\\B::C"), "A\\B::C");
}

#[test]
fn arrays_and_destructuring() {
    assert_eq!(r("[1, 'a' => 2, ...$x, &$y]"), "[1, 'a' => 2, ...$x, &$y]");
    assert_eq!(r("array(1, 2,)"), "array[1, 2]");
    assert_eq!(r("[$a, , [$b, &$c]] = $x"), "(= [$a, _, [$b, &$c]] $x)");
    assert_eq!(
        r("list($a, list(, $b)) = $x"),
        "(= list($a, list(_, $b)) $x)"
    );
    assert_eq!(
        r("['k' => $a, 'l' => list($b)] = $x"),
        "(= ['k' => $a, 'l' => list($b)] $x)"
    );
    assert_eq!(r("[]"), "[]");
    assert_eq!(r("[1, , 2]"), "[1, _, 2]");
}

#[test]
fn language_constructs() {
    assert_eq!(r("isset($a, $b['c'])"), "isset($a, $b['c'])");
    assert_eq!(r("empty($a)"), "empty($a)");
    assert_eq!(r("exit"), "exit()");
    assert_eq!(r("die(1)"), "exit(1)");
    assert_eq!(r("eval('x')"), "eval('x')");
    assert_eq!(r("require_once 'a'"), "(RequireOnce 'a')");
    assert_eq!(r("__LINE__"), "Line");
    assert_eq!(
        r("match ($a) { 1, 2 => 3, default => 4 }"),
        "match($a){1, 2 => 3; default => 4}"
    );
    assert_eq!(r("new class { }"), "(new class() 0 members)");
    assert_eq!(r("new static"), "(new static )");
    assert_eq!(r("new $a['b']"), "(new $a['b'] )");
}

#[test]
fn strings() {
    assert_eq!(r("'a\\'b'"), "'a'b'");
    assert_eq!(r("\"a\\tb\""), "'a\tb'");
    assert_eq!(r("\"x $a y\""), "\"x {$a} y\"");
    assert_eq!(
        r("\"$a[0] $a[k] $a[$i] $o->p\""),
        "\"{$a[0]} {$a['k']} {$a[$i]} {$o->p}\""
    );
    assert_eq!(r("\"{$a['b']}\\n\""), "\"{$a['b']}\n\"");
    assert_eq!(r("`ls $d`"), "`ls {$d}`");
    assert_eq!(
        r("\"$a[-1] $a[01] ${b} ${c[1]}\""),
        "\"{$a[-1]} {$a['01']} {$b} {$c[1]}\""
    );
    assert_eq!(r("<<<EOT\n  a\n    b $x\n  EOT"), "\"a\n  b {$x}\"");
    assert_eq!(r("<<<'EOT'\n  a $x\\n\n  EOT"), "'a $x\\n'");
    assert_eq!(r("<<<EOT\nEOT"), "''");
}

#[test]
fn numbers() {
    assert_eq!(
        r("0x1F + 0b11 + 017 + 0o17 + 1_000"),
        "(+ (+ (+ (+ 31 3) 15) 15) 1000)"
    );
    assert_eq!(r("9223372036854775808"), "9.223372036854776e18");
    assert_eq!(r("1.5e3"), "1500.0");
}

#[test]
fn classes() {
    let s = stmts(
        "#[Attr] abstract class A extends B implements C { use T { f as protected g; } \
         const X = 1; public static ?int $p = 2, $q; abstract function f(): void; \
         public function __construct(private readonly int $x) {} }",
    );
    let StmtKind::Class(c) = &s[0].kind else {
        panic!()
    };
    assert_eq!(c.kind, ClassKind::Class);
    assert!(c.modifiers.abstract_);
    assert_eq!(c.attributes.len(), 1);
    assert_eq!(c.extends.as_ref().map(|n| n.parts.as_str()), Some("B"));
    assert_eq!(c.members.len(), 5);
    assert!(
        matches!(&c.members[0], ClassMember::TraitUse { adaptations, .. } if adaptations.len() == 1)
    );
    assert!(
        matches!(&c.members[2], ClassMember::Property { modifiers, props, .. } if modifiers.static_ && props.len() == 2)
    );
    assert!(matches!(
        &c.members[3],
        ClassMember::Method {
            has_body: false,
            ..
        }
    ));
    let ClassMember::Method { decl, .. } = &c.members[4] else {
        panic!()
    };
    assert!(decl.params[0]
        .promote
        .is_some_and(|m| m.private && m.readonly));
    let s = stmts("enum E: int { case A = 1; case B = 2; }");
    let StmtKind::Class(c) = &s[0].kind else {
        panic!()
    };
    assert_eq!(c.kind, ClassKind::Enum);
    assert!(c.enum_backing.is_some());
    assert!(matches!(
        &c.members[0],
        ClassMember::EnumCase { value: Some(_), .. }
    ));
}

#[test]
fn halt_compiler_offset() {
    let src = "<?php echo 1; __halt_compiler(); ]]] data";
    let f = parse_ok(src);
    let at = src.find("; ]]]").map(|i| i as u32 + 1);
    assert_eq!(f.halt_offset, at);
    assert!(matches!(
        f.stmts.last().map(|s| &s.kind),
        Some(StmtKind::HaltCompiler)
    ));
}

#[test]
fn spans_and_lines() {
    let f = parse_ok("<?php\n\n$a = 1;\nfunction f() {\n}\n");
    assert_eq!(f.stmts[0].span.line, 3);
    let StmtKind::Function(d) = &f.stmts[1].kind else {
        panic!()
    };
    assert_eq!(d.span.line, 4);
    assert_eq!(d.end_line, 5);
    assert_eq!(f.last_line, 5);
}

#[test]
fn lexer_warnings_then_dollar_brace_deprecations() {
    use crate::ast::{Diagnostic, DiagnosticKind};
    let f = super::parse_ok("<?php\n$a = \"${b} ${$c}\";\n$d = \"\\400\";\n");
    let d = |kind, message: &str, line| Diagnostic {
        kind,
        message: message.to_string(),
        line,
    };
    assert_eq!(
        f.diagnostics,
        vec![
            d(
                DiagnosticKind::CompileWarning,
                r"Octal escape sequence overflow \400 is greater than \377",
                3
            ),
            d(
                DiagnosticKind::Deprecated,
                "Using ${var} in strings is deprecated, use {$var} instead",
                2
            ),
            d(
                DiagnosticKind::Deprecated,
                "Using ${expr} (variable variables) in strings is deprecated, use {${expr}} instead",
                2
            ),
        ]
    );
    assert!(super::parse_ok("<?php \"{$a} $b\";").diagnostics.is_empty());
}
