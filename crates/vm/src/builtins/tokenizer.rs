//! ext/tokenizer: `token_get_all()`, `token_name()` and the `PhpToken` class over the
//! lexer's `token_get_all` mode (trivia included), with PHP 8.2's token numbers.

use miniphp_compiler::flags as fn_flags;
use miniphp_compiler::TypeDecl;

use crate::array::PhpArray;
use crate::class::{MethodCtx, NativeClass, NativeConst, NativeMethod, NativeProp};
use crate::value::Value;
use crate::vm::{Unwind, Vm};

use super::args::{arg_long, arg_str, func, get, opt_long};
use super::BuiltinSpec;

type R = Result<Value, Unwind>;

pub const FUNCTIONS: &[BuiltinSpec] = &[
    func("token_get_all", token_get_all, &["code", "flags"], 1),
    func("token_name", token_name, &["id"], 1),
];

/// The `T_*` constants with PHP 8.2's values (as `get_defined_constants()` lists
/// them for ext/tokenizer), and `TOKEN_PARSE`.
pub const CONSTANTS: &[(&str, i64)] = &[
    ("T_LNUMBER", 260),
    ("T_DNUMBER", 261),
    ("T_STRING", 262),
    ("T_NAME_FULLY_QUALIFIED", 263),
    ("T_NAME_RELATIVE", 264),
    ("T_NAME_QUALIFIED", 265),
    ("T_VARIABLE", 266),
    ("T_INLINE_HTML", 267),
    ("T_ENCAPSED_AND_WHITESPACE", 268),
    ("T_CONSTANT_ENCAPSED_STRING", 269),
    ("T_STRING_VARNAME", 270),
    ("T_NUM_STRING", 271),
    ("T_INCLUDE", 272),
    ("T_INCLUDE_ONCE", 273),
    ("T_EVAL", 274),
    ("T_REQUIRE", 275),
    ("T_REQUIRE_ONCE", 276),
    ("T_LOGICAL_OR", 277),
    ("T_LOGICAL_XOR", 278),
    ("T_LOGICAL_AND", 279),
    ("T_PRINT", 280),
    ("T_YIELD", 281),
    ("T_YIELD_FROM", 282),
    ("T_INSTANCEOF", 283),
    ("T_NEW", 284),
    ("T_CLONE", 285),
    ("T_EXIT", 286),
    ("T_IF", 287),
    ("T_ELSEIF", 288),
    ("T_ELSE", 289),
    ("T_ENDIF", 290),
    ("T_ECHO", 291),
    ("T_DO", 292),
    ("T_WHILE", 293),
    ("T_ENDWHILE", 294),
    ("T_FOR", 295),
    ("T_ENDFOR", 296),
    ("T_FOREACH", 297),
    ("T_ENDFOREACH", 298),
    ("T_DECLARE", 299),
    ("T_ENDDECLARE", 300),
    ("T_AS", 301),
    ("T_SWITCH", 302),
    ("T_ENDSWITCH", 303),
    ("T_CASE", 304),
    ("T_DEFAULT", 305),
    ("T_MATCH", 306),
    ("T_BREAK", 307),
    ("T_CONTINUE", 308),
    ("T_GOTO", 309),
    ("T_FUNCTION", 310),
    ("T_FN", 311),
    ("T_CONST", 312),
    ("T_RETURN", 313),
    ("T_TRY", 314),
    ("T_CATCH", 315),
    ("T_FINALLY", 316),
    ("T_THROW", 317),
    ("T_USE", 318),
    ("T_INSTEADOF", 319),
    ("T_GLOBAL", 320),
    ("T_STATIC", 321),
    ("T_ABSTRACT", 322),
    ("T_FINAL", 323),
    ("T_PRIVATE", 324),
    ("T_PROTECTED", 325),
    ("T_PUBLIC", 326),
    ("T_READONLY", 327),
    ("T_VAR", 328),
    ("T_UNSET", 329),
    ("T_ISSET", 330),
    ("T_EMPTY", 331),
    ("T_HALT_COMPILER", 332),
    ("T_CLASS", 333),
    ("T_TRAIT", 334),
    ("T_INTERFACE", 335),
    ("T_ENUM", 336),
    ("T_EXTENDS", 337),
    ("T_IMPLEMENTS", 338),
    ("T_NAMESPACE", 339),
    ("T_LIST", 340),
    ("T_ARRAY", 341),
    ("T_CALLABLE", 342),
    ("T_LINE", 343),
    ("T_FILE", 344),
    ("T_DIR", 345),
    ("T_CLASS_C", 346),
    ("T_TRAIT_C", 347),
    ("T_METHOD_C", 348),
    ("T_FUNC_C", 349),
    ("T_NS_C", 350),
    ("T_ATTRIBUTE", 351),
    ("T_PLUS_EQUAL", 352),
    ("T_MINUS_EQUAL", 353),
    ("T_MUL_EQUAL", 354),
    ("T_DIV_EQUAL", 355),
    ("T_CONCAT_EQUAL", 356),
    ("T_MOD_EQUAL", 357),
    ("T_AND_EQUAL", 358),
    ("T_OR_EQUAL", 359),
    ("T_XOR_EQUAL", 360),
    ("T_SL_EQUAL", 361),
    ("T_SR_EQUAL", 362),
    ("T_COALESCE_EQUAL", 363),
    ("T_BOOLEAN_OR", 364),
    ("T_BOOLEAN_AND", 365),
    ("T_IS_EQUAL", 366),
    ("T_IS_NOT_EQUAL", 367),
    ("T_IS_IDENTICAL", 368),
    ("T_IS_NOT_IDENTICAL", 369),
    ("T_IS_SMALLER_OR_EQUAL", 370),
    ("T_IS_GREATER_OR_EQUAL", 371),
    ("T_SPACESHIP", 372),
    ("T_SL", 373),
    ("T_SR", 374),
    ("T_INC", 375),
    ("T_DEC", 376),
    ("T_INT_CAST", 377),
    ("T_DOUBLE_CAST", 378),
    ("T_STRING_CAST", 379),
    ("T_ARRAY_CAST", 380),
    ("T_OBJECT_CAST", 381),
    ("T_BOOL_CAST", 382),
    ("T_UNSET_CAST", 383),
    ("T_OBJECT_OPERATOR", 384),
    ("T_NULLSAFE_OBJECT_OPERATOR", 385),
    ("T_DOUBLE_ARROW", 386),
    ("T_COMMENT", 387),
    ("T_DOC_COMMENT", 388),
    ("T_OPEN_TAG", 389),
    ("T_OPEN_TAG_WITH_ECHO", 390),
    ("T_CLOSE_TAG", 391),
    ("T_WHITESPACE", 392),
    ("T_START_HEREDOC", 393),
    ("T_END_HEREDOC", 394),
    ("T_DOLLAR_OPEN_CURLY_BRACES", 395),
    ("T_CURLY_OPEN", 396),
    ("T_PAAMAYIM_NEKUDOTAYIM", 397),
    ("T_NS_SEPARATOR", 398),
    ("T_ELLIPSIS", 399),
    ("T_COALESCE", 400),
    ("T_POW", 401),
    ("T_POW_EQUAL", 402),
    ("T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG", 403),
    ("T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG", 404),
    ("T_BAD_CHARACTER", 405),
    ("T_DOUBLE_COLON", 397),
    ("TOKEN_PARSE", 1),
];

/// The number of a token name (`T_DOUBLE_COLON` and `T_PAAMAYIM_NEKUDOTAYIM` share one).
fn token_id(name: &str) -> Option<i64> {
    CONSTANTS.iter().find(|(n, _)| *n == name).map(|(_, v)| *v)
}

/// One token as `token_get_all()` sees it: its number (a single character's is
/// its byte), text, line and byte offset.
struct Tok {
    id: i64,
    named: bool,
    text: Vec<u8>,
    line: i64,
    pos: i64,
}

fn lex_tokens(vm: &Vm, code: &[u8]) -> Vec<Tok> {
    let opts = miniphp_lexer::LexOptions {
        short_open_tag: vm
            .ini_get("short_open_tag")
            .is_some_and(crate::vm::parse_ini_bool),
    };
    let lexed = miniphp_lexer::lex(code, opts, miniphp_lexer::Mode::Tokens);
    lexed
        .tokens
        .iter()
        .map(|t| {
            let text = t.text(code).to_vec();
            let id = token_id(t.kind.php_name());
            Tok {
                id: id.unwrap_or_else(|| i64::from(text.first().copied().unwrap_or(0))),
                named: id.is_some(),
                text,
                line: i64::from(t.span.line),
                pos: i64::from(t.span.start),
            }
        })
        .collect()
}

/// `token_get_all($code)`: `[id, text, line]` for named tokens, the text alone for
/// single characters. `TOKEN_PARSE` (checking the code parses) is not done.
fn token_get_all(vm: &mut Vm, args: &mut [Value]) -> R {
    let code = arg_str(vm, args, 0, "token_get_all")?;
    opt_long(vm, args, 1, "token_get_all", 0)?;
    let out = lex_tokens(vm, &code)
        .into_iter()
        .map(|t| match t.named {
            true => Value::from(PhpArray::from_list(vec![
                Value::Long(t.id),
                Value::from(t.text),
                Value::Long(t.line),
            ])),
            false => Value::from(t.text),
        })
        .collect();
    Ok(Value::from(PhpArray::from_list(out)))
}

/// `token_name(T_ECHO)`: the constant's name (`T_DOUBLE_COLON` for the shared 397),
/// `UNKNOWN` otherwise, single characters included.
fn token_name(vm: &mut Vm, args: &mut [Value]) -> R {
    let id = arg_long(vm, args, 0, "token_name")?;
    let name = name_of(id).filter(|n| n.starts_with("T_"));
    Ok(Value::from(name.unwrap_or_else(|| "UNKNOWN".into())))
}

/// The name `token_name()` gives, or for a single character the character itself
/// (`PhpToken::getTokenName()`); None for an unknown number.
fn name_of(id: i64) -> Option<String> {
    if (0..256).contains(&id) {
        return Some(char::from(id as u8).to_string());
    }
    CONSTANTS
        .iter()
        .rev()
        .find(|(n, v)| *v == id && n.starts_with("T_"))
        .map(|(n, _)| n.to_string())
}

const fn prop(name: &'static str, ty: u32) -> NativeProp {
    NativeProp {
        name,
        flags: miniphp_compiler::member::PUBLIC,
        default: NativeConst::Null,
        ty: TypeDecl::DECLARED | ty,
    }
}

pub const CLASSES: &[NativeClass] = &[NativeClass {
    name: "PhpToken",
    interfaces: &["Stringable"],
    props: &[
        prop("id", TypeDecl::LONG),
        prop("text", TypeDecl::STRING),
        prop("line", TypeDecl::LONG),
        prop("pos", TypeDecl::LONG),
    ],
    methods: &[
        NativeMethod::new("__construct", construct, &["id", "text", "line", "pos"], 2)
            .with_flags(fn_flags::FINAL),
        NativeMethod::new("tokenize", tokenize, &["code", "flags"], 1).with_flags(fn_flags::STATIC),
        NativeMethod::new("getTokenName", get_token_name, &[], 0),
        NativeMethod::new("is", is, &["kind"], 1),
        NativeMethod::new("isIgnorable", is_ignorable, &[], 0),
        NativeMethod::new("__toString", to_string, &[], 0),
    ],
    ..NativeClass::EMPTY
}];

fn this(vm: &mut Vm, c: &MethodCtx) -> Result<std::rc::Rc<crate::object::PhpObject>, Unwind> {
    c.this
        .clone()
        .ok_or_else(|| vm.throw_error("Error", "Non-static method called statically".into()))
}

fn construct(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    const F: &str = "PhpToken::__construct";
    let o = this(vm, c)?;
    let id = arg_long(vm, a, 0, F)?;
    let text = arg_str(vm, a, 1, F)?;
    let line = opt_long(vm, a, 2, F, -1)?;
    let pos = opt_long(vm, a, 3, F, -1)?;
    o.set_prop("id", Value::Long(id));
    o.set_prop("text", Value::String(text));
    o.set_prop("line", Value::Long(line));
    o.set_prop("pos", Value::Long(pos));
    Ok(Value::Null)
}

/// `PhpToken::tokenize($code)`: objects of the called class, its constructor not run.
fn tokenize(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let code = arg_str(vm, a, 0, "PhpToken::tokenize")?;
    opt_long(vm, a, 1, "PhpToken::tokenize", 0)?;
    let mut out = Vec::new();
    for t in lex_tokens(vm, &code) {
        let o = vm.instantiate(&c.class)?;
        o.set_prop("id", Value::Long(t.id));
        o.set_prop("text", Value::from(t.text));
        o.set_prop("line", Value::Long(t.line));
        o.set_prop("pos", Value::Long(t.pos));
        out.push(Value::Object(o));
    }
    Ok(Value::from(PhpArray::from_list(out)))
}

fn get_token_name(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let o = this(vm, c)?;
    Ok(name_of(o.prop("id").to_long()).map_or(Value::Null, Value::from))
}

/// Whether the token is `kind`: a number, a text, or any of an array of them.
fn is(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let o = this(vm, c)?;
    let (id, text) = (o.prop("id").to_long(), o.prop("text"));
    let matches = |vm: &mut Vm, k: &Value| -> Result<bool, Unwind> {
        match k.deref() {
            Value::Long(n) => Ok(n == id),
            Value::String(s) => Ok(matches!(&text, Value::String(t) if **t == *s)),
            v => Err(vm.throw_error(
                "TypeError",
                format!(
                    "PhpToken::is(): Argument #1 ($kind) must only have elements of type string|int, {} given",
                    v.debug_type_name()
                ),
            )),
        }
    };
    let hit = match get(a, 0) {
        Value::Array(kinds) => {
            let mut hit = false;
            for k in kinds.values() {
                hit |= matches(vm, k)?;
            }
            hit
        }
        k @ (Value::Long(_) | Value::String(_)) => matches(vm, &k)?,
        v => {
            let msg = format!(
                "PhpToken::is(): Argument #1 ($kind) must be of type string|int|array, {} given",
                v.debug_type_name()
            );
            return Err(vm.throw_error("TypeError", msg));
        }
    };
    Ok(Value::from(hit))
}

/// Whitespace, comments and the open tag.
fn is_ignorable(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let o = this(vm, c)?;
    let id = o.prop("id").to_long();
    let ignorable = ["T_WHITESPACE", "T_COMMENT", "T_DOC_COMMENT", "T_OPEN_TAG"]
        .iter()
        .any(|n| token_id(n) == Some(id));
    Ok(Value::from(ignorable))
}

fn to_string(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    Ok(this(vm, c)?.prop("text"))
}
