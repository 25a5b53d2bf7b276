//! Reserved words: a label's token kind, compared case-insensitively as PHP does.

use crate::TokenKind;

/// Longest reserved word (`__halt_compiler`).
const MAX_LEN: usize = 15;

/// Every reserved word, lowercase, with its token.
const KEYWORDS: [(&[u8], TokenKind); 79] = {
    use TokenKind::*;
    [
        (b"exit", Exit),
        (b"die", Exit),
        (b"fn", Fn),
        (b"function", Function),
        (b"const", Const),
        (b"return", Return),
        (b"yield", Yield),
        (b"try", Try),
        (b"catch", Catch),
        (b"finally", Finally),
        (b"throw", Throw),
        (b"if", If),
        (b"elseif", Elseif),
        (b"endif", Endif),
        (b"else", Else),
        (b"while", While),
        (b"endwhile", Endwhile),
        (b"do", Do),
        (b"for", For),
        (b"endfor", Endfor),
        (b"foreach", Foreach),
        (b"endforeach", Endforeach),
        (b"declare", Declare),
        (b"enddeclare", Enddeclare),
        (b"instanceof", Instanceof),
        (b"as", As),
        (b"switch", Switch),
        (b"endswitch", Endswitch),
        (b"case", Case),
        (b"default", Default),
        (b"match", Match),
        (b"break", Break),
        (b"continue", Continue),
        (b"goto", Goto),
        (b"echo", Echo),
        (b"print", Print),
        (b"class", Class),
        (b"interface", Interface),
        (b"trait", Trait),
        (b"enum", Enum),
        (b"extends", Extends),
        (b"implements", Implements),
        (b"new", New),
        (b"clone", Clone),
        (b"var", Var),
        (b"eval", Eval),
        (b"include", Include),
        (b"include_once", IncludeOnce),
        (b"require", Require),
        (b"require_once", RequireOnce),
        (b"namespace", Namespace),
        (b"use", Use),
        (b"insteadof", Insteadof),
        (b"global", Global),
        (b"isset", Isset),
        (b"empty", Empty),
        (b"__halt_compiler", HaltCompiler),
        (b"static", Static),
        (b"abstract", Abstract),
        (b"final", Final),
        (b"private", Private),
        (b"protected", Protected),
        (b"public", Public),
        (b"readonly", Readonly),
        (b"unset", Unset),
        (b"list", List),
        (b"array", Array),
        (b"callable", Callable),
        (b"or", LogicalOr),
        (b"and", LogicalAnd),
        (b"xor", LogicalXor),
        (b"__class__", ClassC),
        (b"__trait__", TraitC),
        (b"__function__", FuncC),
        (b"__method__", MethodC),
        (b"__line__", Line),
        (b"__file__", File),
        (b"__dir__", Dir),
        (b"__namespace__", NsC),
    ]
};

/// Slots of [`TABLE`]: a power of two, over three times the number of keywords, so that
/// a label that is no keyword meets an empty slot after a probe or two.
const SLOTS: usize = 256;

/// [`KEYWORDS`] by [`slot`], open addressing (the next slot on a collision), built at
/// compile time: a label costs one hash and one or two integer comparisons instead of a
/// comparison with every keyword of its length.
static TABLE: [(u128, Option<TokenKind>); SLOTS] = table();

/// Every byte 0x20: OR-ed into a label it lowercases ASCII letters. It also turns `_` into
/// 0x7F and keeps digits and bytes above 0x7F what they were (no keyword holds those, no
/// label holds 0x7F), so a label folds like a keyword exactly when both are equal
/// ignoring ASCII case.
const CASE: u128 = u128::from_le_bytes([0x20; 16]);

/// The first `len` (2 to 15) of `bytes` as one integer, little-endian, folded by [`CASE`],
/// the bytes after them cleared: labels hold no NUL byte, so labels of different lengths
/// never fold alike.
const fn fold(bytes: [u8; 16], len: usize) -> u128 {
    let mask = u128::MAX >> (8 * (16 - len));
    (u128::from_le_bytes(bytes) | CASE) & mask
}

/// A folded label's first slot (a multiplicative hash of both halves).
const fn slot(folded: u128) -> usize {
    let half = (folded as u64) ^ ((folded >> 64) as u64);
    (half.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 56) as usize
}

const fn table() -> [(u128, Option<TokenKind>); SLOTS] {
    let mut table = [(0u128, None); SLOTS];
    let mut k = 0;
    while k < KEYWORDS.len() {
        let (word, kind) = KEYWORDS[k];
        let mut bytes = [0u8; 16];
        let mut i = 0;
        while i < word.len() {
            bytes[i] = word[i];
            i += 1;
        }
        let folded = fold(bytes, word.len());
        let mut at = slot(folded);
        while table[at].1.is_some() {
            at = (at + 1) % SLOTS;
        }
        table[at] = (folded, Some(kind));
        k += 1;
    }
    table
}

/// The keyword token for the label `src[start..end]`, or `None` for an ordinary identifier.
/// `yield` and `enum` are returned as such; the driver refines them by look-ahead.
pub(crate) fn keyword(src: &[u8], start: usize, end: usize) -> Option<TokenKind> {
    let len = end.checked_sub(start)?;
    if !(2..=MAX_LEN).contains(&len) {
        return None;
    }
    let mut bytes = [0u8; 16];
    // Sixteen bytes in one load where the source has them (`fold` clears what follows
    // the label); byte by byte only near its end.
    match src.get(start..start + 16) {
        Some(chunk) => bytes.copy_from_slice(chunk),
        None => bytes[..len].copy_from_slice(src.get(start..end)?),
    }
    let folded = fold(bytes, len);
    let mut at = slot(folded);
    loop {
        match TABLE[at] {
            (key, Some(kind)) if key == folded => return Some(kind),
            (_, Some(_)) => at = (at + 1) % SLOTS,
            (_, None) => return None,
        }
    }
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

    fn keyword(label: &[u8]) -> Option<TokenKind> {
        super::keyword(label, 0, label.len())
    }

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
    fn every_keyword_is_found_in_any_case() {
        for (word, kind) in KEYWORDS {
            assert_eq!(keyword(word), Some(kind));
            assert_eq!(keyword(&word.to_ascii_uppercase()), Some(kind));
            // a longer or shorter label is no keyword
            assert_eq!(keyword(&[word, b"x"].concat()), None);
            // read from inside a longer source: only the label counts
            let src = [b"  ", word, b"_and_more_bytes_after_it"].concat();
            assert_eq!(super::keyword(&src, 2, 2 + word.len()), Some(kind));
            assert_eq!(super::keyword(&src, 2, 3 + word.len()), None);
            assert_eq!(
                keyword(&word[..word.len() - 1]).filter(|&k| k == kind),
                None
            );
        }
    }

    #[test]
    fn casts() {
        assert_eq!(cast(b"Integer"), Some(TokenKind::IntCast));
        assert_eq!(cast(b"binary"), Some(TokenKind::StringCast));
        assert_eq!(cast(b"integers"), None);
        assert_eq!(cast(b"verylongword"), None);
    }
}
