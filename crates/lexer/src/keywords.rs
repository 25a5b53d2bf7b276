//! Reserved words: a label's token kind, compared case-insensitively as PHP does.

use crate::TokenKind;

/// Longest reserved word (`__halt_compiler`).
const MAX_LEN: usize = 15;

/// The keyword token for `label`, or `None` for an ordinary identifier.
/// `yield` and `enum` are returned as such; the driver refines them by look-ahead.
pub(crate) fn keyword(label: &[u8]) -> Option<TokenKind> {
    use TokenKind::*;
    if label.len() < 2 || label.len() > MAX_LEN {
        return None;
    }
    let mut buf = [0u8; MAX_LEN];
    let lower = &mut buf[..label.len()];
    // One pass (a copy then a lowercasing pass cost a memcpy call per label).
    for (l, &b) in lower.iter_mut().zip(label) {
        *l = b.to_ascii_lowercase();
    }
    Some(match &*lower {
        b"exit" | b"die" => Exit,
        b"fn" => Fn,
        b"function" => Function,
        b"const" => Const,
        b"return" => Return,
        b"yield" => Yield,
        b"try" => Try,
        b"catch" => Catch,
        b"finally" => Finally,
        b"throw" => Throw,
        b"if" => If,
        b"elseif" => Elseif,
        b"endif" => Endif,
        b"else" => Else,
        b"while" => While,
        b"endwhile" => Endwhile,
        b"do" => Do,
        b"for" => For,
        b"endfor" => Endfor,
        b"foreach" => Foreach,
        b"endforeach" => Endforeach,
        b"declare" => Declare,
        b"enddeclare" => Enddeclare,
        b"instanceof" => Instanceof,
        b"as" => As,
        b"switch" => Switch,
        b"endswitch" => Endswitch,
        b"case" => Case,
        b"default" => Default,
        b"match" => Match,
        b"break" => Break,
        b"continue" => Continue,
        b"goto" => Goto,
        b"echo" => Echo,
        b"print" => Print,
        b"class" => Class,
        b"interface" => Interface,
        b"trait" => Trait,
        b"enum" => Enum,
        b"extends" => Extends,
        b"implements" => Implements,
        b"new" => New,
        b"clone" => Clone,
        b"var" => Var,
        b"eval" => Eval,
        b"include" => Include,
        b"include_once" => IncludeOnce,
        b"require" => Require,
        b"require_once" => RequireOnce,
        b"namespace" => Namespace,
        b"use" => Use,
        b"insteadof" => Insteadof,
        b"global" => Global,
        b"isset" => Isset,
        b"empty" => Empty,
        b"__halt_compiler" => HaltCompiler,
        b"static" => Static,
        b"abstract" => Abstract,
        b"final" => Final,
        b"private" => Private,
        b"protected" => Protected,
        b"public" => Public,
        b"readonly" => Readonly,
        b"unset" => Unset,
        b"list" => List,
        b"array" => Array,
        b"callable" => Callable,
        b"or" => LogicalOr,
        b"and" => LogicalAnd,
        b"xor" => LogicalXor,
        b"__class__" => ClassC,
        b"__trait__" => TraitC,
        b"__function__" => FuncC,
        b"__method__" => MethodC,
        b"__line__" => Line,
        b"__file__" => File,
        b"__dir__" => Dir,
        b"__namespace__" => NsC,
        _ => return None,
    })
}

/// The cast token for the word inside `( … )`, or `None` if it is no cast.
/// `real` maps to `DoubleCast`: the lexer reports its removal in parser mode.
pub(crate) fn cast(word: &[u8]) -> Option<TokenKind> {
    use TokenKind::*;
    let mut buf = [0u8; 8];
    let lower = buf.get_mut(..word.len())?;
    lower.copy_from_slice(word);
    lower.make_ascii_lowercase();
    Some(match &*lower {
        b"int" | b"integer" => IntCast,
        b"bool" | b"boolean" => BoolCast,
        b"float" | b"double" | b"real" => DoubleCast,
        b"string" | b"binary" => StringCast,
        b"array" => ArrayCast,
        b"object" => ObjectCast,
        b"unset" => UnsetCast,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keywords_ignore_case() {
        assert_eq!(keyword(b"ECHO"), Some(TokenKind::Echo));
        assert_eq!(keyword(b"Function"), Some(TokenKind::Function));
        assert_eq!(keyword(b"__HALT_COMPILER"), Some(TokenKind::HaltCompiler));
        assert_eq!(keyword(b"die"), Some(TokenKind::Exit));
        assert_eq!(keyword(b"echos"), None);
        assert_eq!(keyword(b"x"), None);
        assert_eq!(keyword(b"\xffecho"), None);
    }

    #[test]
    fn casts() {
        assert_eq!(cast(b"Integer"), Some(TokenKind::IntCast));
        assert_eq!(cast(b"binary"), Some(TokenKind::StringCast));
        assert_eq!(cast(b"integers"), None);
        assert_eq!(cast(b"verylongword"), None);
    }
}
