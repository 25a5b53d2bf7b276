//! Phonetic keys: `soundex()` and `metaphone()`, as ext/standard's soundex.c and
//! metaphone.c compute them (ASCII letters only; anything else separates words).

use crate::value::Value;
use crate::vm::{Unwind, Vm};

use super::args::{arg_str, func, opt_long, value_error};
use super::BuiltinSpec;

type R = Result<Value, Unwind>;

pub const FUNCTIONS: &[BuiltinSpec] = &[
    func("soundex", soundex, &["string"], 1),
    func("metaphone", metaphone, &["string", "max_phonemes"], 1),
];

/// Soundex digit of each letter A..Z (`0`: vowels and H, W, Y, which code nothing).
const SOUNDEX: &[u8; 26] = b"01230120022455012623010202";

fn soundex(vm: &mut Vm, args: &mut [Value]) -> R {
    let s = arg_str(vm, args, 0, "soundex")?;
    Ok(Value::from(soundex_key(&s)))
}

fn soundex_key(s: &[u8]) -> Vec<u8> {
    let mut key = Vec::with_capacity(4);
    let mut last = 0u8;
    for c in s.iter().map(u8::to_ascii_uppercase) {
        if key.len() == 4 {
            break;
        }
        if !c.is_ascii_uppercase() {
            continue;
        }
        let code = SOUNDEX[usize::from(c - b'A')];
        if key.is_empty() {
            key.push(c);
            last = code;
        } else if code != last {
            // A vowel (code 0) separates two consonants of the same code.
            if code != b'0' {
                key.push(code);
            }
            last = code;
        }
    }
    key.resize(4, b'0');
    key
}

fn metaphone(vm: &mut Vm, args: &mut [Value]) -> R {
    let s = arg_str(vm, args, 0, "metaphone")?;
    let max = opt_long(vm, args, 1, "metaphone", 0)?;
    if max < 0 {
        return Err(value_error(
            vm,
            "metaphone",
            1,
            "must be greater than or equal to 0",
        ));
    }
    Ok(Value::from(metaphone_key(&s, max as usize)))
}

/// Letter classes of metaphone.c, by letter A..Z.
const VOWEL: u8 = 1; // AEIOU
const AFFECTH: u8 = 4; // CGPST: form a digraph before H
const MAKESOFT: u8 = 8; // EIY: soften C and G
const NOGHTOF: u8 = 16; // BDH: keep GH from becoming F
const CLASSES: [u8; 26] = [
    1, 16, 4, 16, 9, 2, 4, 16, 9, 2, 0, 2, 2, 2, 1, 4, 0, 2, 4, 4, 1, 0, 0, 0, 8, 0,
];

fn class(c: u8) -> u8 {
    if c.is_ascii_uppercase() {
        CLASSES[usize::from(c - b'A')]
    } else {
        0
    }
}

/// The metaphone key of `s` (read up to its first NUL, as the C code does), stopping
/// once `max` phonemes are out (`0`: no limit).
fn metaphone_key(s: &[u8], max: usize) -> Vec<u8> {
    let word: Vec<u8> = s
        .iter()
        .take_while(|&&c| c != 0)
        .map(u8::to_ascii_uppercase)
        .collect();
    let at = |i: usize| word.get(i).copied().unwrap_or(0);
    let back = |i: usize, n: usize| if i >= n { at(i - n) } else { 0 };
    let mut out = Vec::new();
    let Some(mut i) = word.iter().position(u8::is_ascii_uppercase) else {
        return out;
    };
    // The first letter has rules of its own.
    let next = at(i + 1);
    match at(i) {
        b'A' if next == b'E' => {
            out.push(b'E');
            i += 2;
        }
        b'A' | b'E' | b'I' | b'O' | b'U' => {
            out.push(at(i));
            i += 1;
        }
        b'G' | b'K' | b'P' if next == b'N' => {
            out.push(b'N');
            i += 2;
        }
        b'W' if next == b'R' => {
            out.push(b'R');
            i += 2;
        }
        b'W' if next == b'H' || class(next) & VOWEL != 0 => {
            out.push(b'W');
            i += 2;
        }
        b'X' => {
            out.push(b'S');
            i += 1;
        }
        _ => {}
    }
    while at(i) != 0 && (max == 0 || out.len() < max) {
        let c = at(i);
        let (prev, next, after) = (
            back(i, 1),
            at(i + 1),
            if at(i + 1) != 0 { at(i + 2) } else { 0 },
        );
        let mut skip = 0;
        if !c.is_ascii_uppercase() || (c == prev && c != b'C') {
            i += 1;
            continue;
        }
        match c {
            b'B' if prev != b'M' => out.push(b'B'),
            b'C' => {
                if class(next) & MAKESOFT != 0 {
                    if next == b'I' && after == b'A' {
                        out.push(b'X');
                    } else if prev != b'S' {
                        out.push(b'S');
                    }
                } else if next == b'H' {
                    out.push(b'X');
                    skip = 1;
                } else {
                    out.push(b'K');
                }
            }
            b'D' => {
                if next == b'G' && class(after) & MAKESOFT != 0 {
                    out.push(b'J');
                    skip = 1;
                } else {
                    out.push(b'T');
                }
            }
            b'G' => {
                if next == b'H' {
                    if !(class(back(i, 3)) & NOGHTOF != 0 || back(i, 4) == b'H') {
                        out.push(b'F');
                        skip = 1;
                    }
                } else if next == b'N' {
                    let silent =
                        !after.is_ascii_uppercase() || (after == b'E' && at(i + 3) == b'D');
                    if !silent {
                        out.push(b'K');
                    }
                } else if class(next) & MAKESOFT != 0 && prev != b'G' {
                    out.push(b'J');
                } else {
                    out.push(b'K');
                }
            }
            b'H' if class(next) & VOWEL != 0 && class(prev) & AFFECTH == 0 => out.push(b'H'),
            b'K' if prev != b'C' => out.push(b'K'),
            b'P' => out.push(if next == b'H' { b'F' } else { b'P' }),
            b'Q' => out.push(b'K'),
            b'S' => {
                if next == b'I' && matches!(after, b'O' | b'A') {
                    out.push(b'X');
                } else if next == b'H' {
                    out.push(b'X');
                    skip = 1;
                } else {
                    out.push(b'S');
                }
            }
            b'T' => {
                if next == b'I' && matches!(after, b'O' | b'A') {
                    out.push(b'X');
                } else if next == b'H' {
                    out.push(b'0');
                    skip = 1;
                } else if !(next == b'C' && after == b'H') {
                    out.push(b'T');
                }
            }
            b'V' => out.push(b'F'),
            b'W' | b'Y' if class(next) & VOWEL != 0 => out.push(c),
            b'X' => out.extend_from_slice(b"KS"),
            b'Z' => out.push(b'S'),
            b'F' | b'J' | b'L' | b'M' | b'N' | b'R' => out.push(c),
            _ => {}
        }
        i += 1 + skip;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    // php: soundex("Robert"), soundex("Tymczak"), soundex("Pfister"), soundex(""), soundex("Ashcraft")
    #[test]
    fn soundex_like_php() {
        assert_eq!(soundex_key(b"Robert"), b"R163");
        assert_eq!(soundex_key(b"Tymczak"), b"T522");
        assert_eq!(soundex_key(b"Pfister"), b"P236");
        assert_eq!(soundex_key(b"Ashcraft"), b"A226");
        assert_eq!(soundex_key(b""), b"0000");
    }

    // php: metaphone("Thompson"), metaphone("knight", 2), metaphone("Schwarzenegger"),
    // metaphone("character"), metaphone("Xavier"), metaphone("ghost")
    #[test]
    fn metaphone_like_php() {
        assert_eq!(metaphone_key(b"Thompson", 0), b"0MPSN");
        assert_eq!(metaphone_key(b"knight", 2), b"NF");
        assert_eq!(metaphone_key(b"Schwarzenegger", 0), b"SXWRSNKR");
        assert_eq!(metaphone_key(b"character", 0), b"XRKTR");
        assert_eq!(metaphone_key(b"Xavier", 0), b"SFR");
        assert_eq!(metaphone_key(b"ghost", 0), b"FST");
    }
}
