//! `strtok()`: the tokenizer keeps the string being split and its position between
//! calls, per thread (one request at a time runs on a thread), as `BG(strtok_*)` does.

use std::cell::RefCell;

use crate::value::{PhpStr, Value};
use crate::vm::{Unwind, Vm};

use super::args::{arg_str, func, opt_nullable_str};
use super::BuiltinSpec;

type R = Result<Value, Unwind>;

pub const FUNCTIONS: &[BuiltinSpec] = &[func("strtok", strtok, &["string", "token"], 1)];

/// The string being tokenized and where the next search starts.
struct State {
    subject: PhpStr,
    pos: usize,
}

thread_local! {
    static STATE: RefCell<Option<State>> = const { RefCell::new(None) };
}

fn strtok(vm: &mut Vm, args: &mut [Value]) -> R {
    let first = arg_str(vm, args, 0, "strtok")?;
    // With one argument it is the token list; with two, a new subject starts.
    let delims = match opt_nullable_str(vm, args, 1, "strtok")? {
        Some(tok) => {
            STATE.with(|s| {
                *s.borrow_mut() = Some(State {
                    subject: first,
                    pos: 0,
                })
            });
            tok
        }
        None => first,
    };
    let mut is_delim = [false; 256];
    for &c in delims.iter() {
        is_delim[usize::from(c)] = true;
    }
    Ok(STATE.with(|cell| {
        let mut state = cell.borrow_mut();
        let Some(st) = state.as_mut() else {
            return Value::False;
        };
        let s = &st.subject;
        if st.pos >= s.len() {
            return Value::False;
        }
        let Some(start) = (st.pos..s.len()).find(|&i| !is_delim[usize::from(s[i])]) else {
            *state = None;
            return Value::False;
        };
        let end = (start + 1..s.len())
            .find(|&i| is_delim[usize::from(s[i])])
            .unwrap_or(s.len());
        let token = Value::from(s[start..end].to_vec());
        st.pos = end + 1;
        token
    }))
}

#[cfg(test)]
mod tests {
    use super::super::testkit::{s, Kit};

    // php: strtok("  a b,,c ", " ,") then strtok(" ,") until false
    #[test]
    fn tokens_like_php() {
        let mut k = Kit::new();
        let mut got = Vec::new();
        let mut v = k
            .call("strtok", vec![s("  a b,,c "), s(" ,")])
            .expect("strtok");
        while !matches!(v, crate::value::Value::False) {
            got.push(String::from_utf8_lossy(&v.to_string_lossy(14)).into_owned());
            v = k.call("strtok", vec![s(" ,")]).expect("strtok");
        }
        assert_eq!(got, ["a", "b", "c"]);
    }
}
