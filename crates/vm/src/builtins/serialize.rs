//! `serialize` / `unserialize` in PHP's format (ext/standard/var.c,
//! var_unserializer.re), with PHP's "Error at offset" notice on bad input.

use crate::array::PhpArray;
use crate::float_fmt;
use crate::value::{ArrayKey, Value};
use crate::vm::{Unwind, Vm};

use super::args::{arg_str, func, get};
use super::BuiltinSpec;

pub const FUNCTIONS: &[BuiltinSpec] = &[
    func("serialize", serialize, &["value"], 1),
    func("unserialize", unserialize, &["data", "options"], 1),
];

type R = Result<Value, Unwind>;

fn put_str(out: &mut Vec<u8>, s: &[u8]) {
    out.extend_from_slice(format!("s:{}:\"", s.len()).as_bytes());
    out.extend_from_slice(s);
    out.extend_from_slice(b"\";");
}

fn put_key(out: &mut Vec<u8>, k: &ArrayKey) {
    match k {
        ArrayKey::Int(n) => out.extend_from_slice(format!("i:{n};").as_bytes()),
        ArrayKey::Str(s) => put_str(out, s),
    }
}

fn put_entries(out: &mut Vec<u8>, a: &PhpArray, sp: i32, depth: usize) {
    out.extend_from_slice(format!("{}:{{", a.len()).as_bytes());
    for (k, v) in a.iter() {
        put_key(out, &k);
        put(out, v, sp, depth + 1);
    }
    out.push(b'}');
}

fn put(out: &mut Vec<u8>, v: &Value, sp: i32, depth: usize) {
    match v {
        Value::Null | Value::Undef => out.extend_from_slice(b"N;"),
        // PHP serializes a resource as the integer 0.
        Value::Resource(_) => out.extend_from_slice(b"i:0;"),
        Value::False => out.extend_from_slice(b"b:0;"),
        Value::True => out.extend_from_slice(b"b:1;"),
        Value::Long(n) => out.extend_from_slice(format!("i:{n};").as_bytes()),
        Value::Double(d) => {
            out.extend_from_slice(format!("d:{};", float_fmt::fmt_repr(*d, sp)).as_bytes())
        }
        Value::String(s) => put_str(out, s),
        // Cycles through references are cut rather than followed forever.
        Value::Array(_) | Value::Object(_) if depth > 4096 => out.extend_from_slice(b"N;"),
        Value::Array(a) => {
            out.extend_from_slice(b"a:");
            put_entries(out, a, sp, depth);
        }
        Value::Object(o) if o.class.is_enum() => {
            let case = format!(
                "{}:{}",
                o.class.name,
                o.prop("name").to_string_lossy(14).escape_ascii()
            );
            out.extend_from_slice(format!("E:{}:\"{case}\";", case.len()).as_bytes());
        }
        Value::Object(o) => {
            out.extend_from_slice(
                format!("O:{}:\"{}\":", o.class.name.len(), o.class.name).as_bytes(),
            );
            let props = o.prop_table();
            put_entries(out, &props, sp, depth);
        }
        Value::Reference(r) => {
            let inner = r.borrow().clone();
            put(out, &inner, sp, depth);
        }
    }
}

fn serialize(vm: &mut Vm, args: &mut [Value]) -> R {
    let mut out = Vec::new();
    put(&mut out, &get(args, 0), vm.serialize_precision(), 0);
    Ok(Value::from(out))
}

/// A failed parse: the offset PHP reports.
struct At(usize);

struct Reader<'a> {
    s: &'a [u8],
    pos: usize,
    vm: &'a mut Vm,
}

impl Reader<'_> {
    fn eat(&mut self, b: &[u8]) -> bool {
        if self.s[self.pos..].starts_with(b) {
            self.pos += b.len();
            true
        } else {
            false
        }
    }

    /// Digits with an optional sign (`iv`), or without (`uiv`), ending at `end`.
    fn int_until(&mut self, signed: bool, end: u8) -> Option<i64> {
        let start = self.pos;
        let mut i = self.pos;
        if signed && matches!(self.s.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let digits = i;
        while self.s.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        if i == digits || self.s.get(i) != Some(&end) {
            return None;
        }
        let text = std::str::from_utf8(&self.s[start..i]).ok()?;
        let n = text.trim_start_matches('+').parse::<i64>().ok()?;
        self.pos = i + 1;
        Some(n)
    }

    fn value(&mut self, depth: usize) -> Result<Value, At> {
        let start = self.pos;
        let fail = || At(start);
        let Some(&tag) = self.s.get(self.pos) else {
            return Err(fail());
        };
        if depth > 4096 {
            return Err(fail());
        }
        match tag {
            b'N' if self.eat(b"N;") => Ok(Value::Null),
            b'b' if self.eat(b"b:0;") => Ok(Value::False),
            b'b' if self.eat(b"b:1;") => Ok(Value::True),
            b'i' if self.eat(b"i:") => match self.int_until(true, b';') {
                Some(n) => Ok(Value::Long(n)),
                None => {
                    self.pos = start;
                    Err(fail())
                }
            },
            b'd' if self.eat(b"d:") => {
                let end = self.s[self.pos..]
                    .iter()
                    .position(|&c| c == b';')
                    .map(|p| self.pos + p);
                let parsed = end.and_then(|e| {
                    let text = std::str::from_utf8(&self.s[self.pos..e]).ok()?;
                    let d = match text {
                        "NAN" => f64::NAN,
                        "INF" => f64::INFINITY,
                        "-INF" => f64::NEG_INFINITY,
                        t if t
                            .bytes()
                            .all(|c| c.is_ascii_digit() || b"+-.eE".contains(&c)) =>
                        {
                            t.parse::<f64>().ok()?
                        }
                        _ => return None,
                    };
                    Some((d, e))
                });
                match parsed {
                    Some((d, e)) => {
                        self.pos = e + 1;
                        Ok(Value::Double(d))
                    }
                    None => {
                        self.pos = start;
                        Err(fail())
                    }
                }
            }
            b's' if self.eat(b"s:") => {
                let Some(len) = self.int_until(false, b':').filter(|_| self.eat(b"\"")) else {
                    self.pos = start;
                    return Err(fail());
                };
                let len = len as usize;
                if self.s.len() - self.pos < len {
                    return Err(At(start + 2));
                }
                let body = &self.s[self.pos..self.pos + len];
                let after = self.pos + len;
                if self.s.get(after) != Some(&b'"') {
                    return Err(At(after));
                }
                if self.s.get(after + 1) != Some(&b';') {
                    return Err(At(after + 1));
                }
                self.pos = after + 2;
                Ok(Value::from(body))
            }
            b'a' if self.eat(b"a:") => {
                let Some(n) = self.int_until(false, b':').filter(|_| self.eat(b"{")) else {
                    self.pos = start;
                    return Err(fail());
                };
                let members = self.members(n as usize, depth)?;
                Ok(Value::from(members))
            }
            b'O' if self.eat(b"O:") => {
                let Some(len) = self.int_until(false, b':').filter(|_| self.eat(b"\"")) else {
                    self.pos = start;
                    return Err(fail());
                };
                let len = len as usize;
                let name_end = self.pos + len;
                if name_end > self.s.len() || !self.s[name_end..].starts_with(b"\":") {
                    return Err(fail());
                }
                let class = String::from_utf8_lossy(&self.s[self.pos..name_end]).into_owned();
                self.pos = name_end + 2;
                let Some(n) = self.int_until(false, b':').filter(|_| self.eat(b"{")) else {
                    return Err(fail());
                };
                let props = self.members(n as usize, depth)?;
                match self.vm.unserialize_object(class.as_bytes(), props) {
                    Ok(obj) => Ok(Value::Object(obj)),
                    Err(_) => Err(At(self.pos)),
                }
            }
            b'E' if self.eat(b"E:") => {
                let Some(len) = self.int_until(false, b':').filter(|_| self.eat(b"\"")) else {
                    self.pos = start;
                    return Err(fail());
                };
                let end = self.pos + len as usize;
                if end > self.s.len() || !self.s[end..].starts_with(b"\";") {
                    return Err(fail());
                }
                let name = self.s[self.pos..end].to_vec();
                self.pos = end + 2;
                match self.vm.unserialize_enum(&name) {
                    Ok(Some(v)) => Ok(v),
                    _ => Err(At(start)),
                }
            }
            _ => Err(fail()),
        }
    }

    /// `n` key/value pairs and the closing `}`.
    fn members(&mut self, n: usize, depth: usize) -> Result<PhpArray, At> {
        let mut out = PhpArray::new();
        for _ in 0..n {
            let key_at = self.pos;
            let key = match self.value(depth + 1)? {
                Value::Long(i) => ArrayKey::Int(i),
                Value::String(s) => ArrayKey::from_str_value(&s),
                _ => return Err(At(key_at)),
            };
            let v = self.value(depth + 1)?;
            out.insert(key, v);
        }
        if self.s.get(self.pos) != Some(&b'}') {
            return Err(At(self.pos));
        }
        self.pos += 1;
        Ok(out)
    }
}

fn unserialize(vm: &mut Vm, args: &mut [Value]) -> R {
    let data = arg_str(vm, args, 0, "unserialize")?;
    if data.is_empty() {
        return Ok(Value::False);
    }
    let mut r = Reader {
        s: &data,
        pos: 0,
        vm,
    };
    let parsed = r.value(0);
    match parsed {
        Ok(v) => Ok(v),
        Err(At(offset)) => {
            vm.notice(&format!(
                "unserialize(): Error at offset {offset} of {} bytes",
                data.len()
            ));
            Ok(Value::False)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testkit::{assoc, f, i, list, s, Kit};
    use crate::value::Value;

    // Expected strings from php 8.2: serialize([...]) and unserialize() notices.
    #[test]
    fn round_trips_like_php() {
        let mut k = Kit::new();
        let v = list(vec![
            i(1),
            f(1.5),
            f(0.1),
            f(1e25),
            f(-0.0),
            f(7.0),
            f(f64::INFINITY),
            f(f64::NAN),
            Value::True,
            Value::Null,
            s("héllo"),
            assoc(vec![("k", s("v"))]),
        ]);
        let out = k.call("serialize", vec![v]).expect("serialize");
        let text = String::from_utf8_lossy(&out.to_string_lossy(14)).into_owned();
        assert_eq!(
            text,
            r#"a:12:{i:0;i:1;i:1;d:1.5;i:2;d:0.1;i:3;d:1.0E+25;i:4;d:-0;i:5;d:7;i:6;d:INF;i:7;d:NAN;i:8;b:1;i:9;N;i:10;s:6:"héllo";i:11;a:1:{s:1:"k";s:1:"v";}}"#
        );
        let back = k.call("unserialize", vec![s(&text)]).expect("unserialize");
        let again = k.call("serialize", vec![back]).expect("serialize");
        assert_eq!(String::from_utf8_lossy(&again.to_string_lossy(14)), text);
    }

    #[test]
    fn errors_report_php_offsets() {
        let mut k = Kit::new();
        for (input, offset) in [("a:1:{i:0;i:1", 9), ("b:2;", 0), ("s:3:\"ab\";", 8)] {
            let r = k.call("unserialize", vec![s(input)]).expect("unserialize");
            assert!(matches!(r, Value::False));
            let out = k.output();
            let want = format!(
                "unserialize(): Error at offset {offset} of {} bytes",
                input.len()
            );
            assert!(out.contains(&want), "{input}: {out}");
        }
        assert!(matches!(
            k.call("unserialize", vec![s("i:5;x")])
                .expect("unserialize"),
            Value::Long(5)
        ));
        let d = k
            .call("unserialize", vec![s("a:1:{s:1:\"5\";i:1;}")])
            .expect("unserialize");
        assert_eq!(k.dump(&d), "array(1) {\n  [5]=>\n  int(1)\n}\n");
    }
}
