//! `json_encode` / `json_decode` (ext/json): PHP's escaping, pretty printing, error
//! codes and messages.

use std::cell::Cell;
use std::rc::Rc;

use crate::array::PhpArray;
use crate::float_fmt;
use crate::numeric::{parse_numeric, Num, Numeric};
use crate::object::PhpObject;
use crate::value::{ArrayKey, Value};
use crate::vm::{Unwind, Vm};

use super::args::{arg_str, func, get, opt_long, value_error};
use super::BuiltinSpec;

pub const FUNCTIONS: &[BuiltinSpec] = &[
    func("json_encode", json_encode, &["value", "flags", "depth"], 1),
    func(
        "json_decode",
        json_decode,
        &["json", "associative", "depth", "flags"],
        1,
    ),
    func("json_last_error", json_last_error, &[], 0),
    func("json_last_error_msg", json_last_error_msg, &[], 0),
];

type R = Result<Value, Unwind>;

const HEX_TAG: i64 = 1;
const HEX_AMP: i64 = 2;
const HEX_APOS: i64 = 4;
const HEX_QUOT: i64 = 8;
const FORCE_OBJECT: i64 = 16;
const NUMERIC_CHECK: i64 = 32;
const UNESCAPED_SLASHES: i64 = 64;
const PRETTY_PRINT: i64 = 128;
const UNESCAPED_UNICODE: i64 = 256;
const PARTIAL_OUTPUT_ON_ERROR: i64 = 512;
const PRESERVE_ZERO_FRACTION: i64 = 1024;
const UNESCAPED_LINE_TERMINATORS: i64 = 2048;
const OBJECT_AS_ARRAY: i64 = 1;
const BIGINT_AS_STRING: i64 = 2;
const INVALID_UTF8_IGNORE: i64 = 1_048_576;
const INVALID_UTF8_SUBSTITUTE: i64 = 2_097_152;
const THROW_ON_ERROR: i64 = 4_194_304;

/// `JSON_ERROR_*` codes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum JsonError {
    None = 0,
    Depth = 1,
    CtrlChar = 3,
    Syntax = 4,
    Utf8 = 5,
    Recursion = 6,
    InfOrNan = 7,
    UnsupportedType = 8,
    InvalidPropertyName = 9,
    Utf16 = 10,
    NonBackedEnum = 11,
}

impl JsonError {
    fn message(self) -> &'static str {
        match self {
            JsonError::None => "No error",
            JsonError::NonBackedEnum => "Non-backed enums have no default serialization",
            JsonError::Depth => "Maximum stack depth exceeded",
            JsonError::CtrlChar => "Control character error, possibly incorrectly encoded",
            JsonError::Syntax => "Syntax error",
            JsonError::Utf8 => "Malformed UTF-8 characters, possibly incorrectly encoded",
            JsonError::Recursion => "Recursion detected",
            JsonError::InfOrNan => "Inf and NaN cannot be JSON encoded",
            JsonError::UnsupportedType => "Type is not supported",
            JsonError::InvalidPropertyName => "The decoded property name is invalid",
            JsonError::Utf16 => "Single unpaired UTF-16 surrogate in unicode escape",
        }
    }
}

thread_local! {
    static LAST_ERROR: Cell<JsonError> = const { Cell::new(JsonError::None) };
}

fn json_last_error(_vm: &mut Vm, _args: &mut [Value]) -> R {
    Ok(Value::Long(LAST_ERROR.with(Cell::get) as i64))
}

fn json_last_error_msg(_vm: &mut Vm, _args: &mut [Value]) -> R {
    Ok(Value::from(LAST_ERROR.with(Cell::get).message()))
}

/// Records the outcome, or throws a `JsonException` under `JSON_THROW_ON_ERROR`
/// (which leaves the global error state alone).
fn finish(vm: &mut Vm, flags: i64, err: JsonError, ok: Value, failed: Value) -> R {
    if flags & THROW_ON_ERROR != 0 {
        if err == JsonError::None {
            return Ok(ok);
        }
        let e = vm.new_throwable("JsonException", err.message().to_string());
        e.set_prop("code", Value::Long(err as i64));
        return Err(Unwind::Throw(e));
    }
    LAST_ERROR.with(|c| c.set(err));
    Ok(if err == JsonError::None { ok } else { failed })
}

struct Encoder {
    flags: i64,
    max_depth: usize,
    sp: i32,
    error: JsonError,
    /// Arrays and objects on the current path (cycle detection).
    path: Vec<usize>,
    /// The public properties of plain objects that hold `JsonSerializable` ones,
    /// already prepared (`Vm::json_prepare`), by object address.
    prepared: JsonObjects,
}

/// Prepared public properties by object address (see `Vm::json_prepare`).
pub(crate) type JsonObjects = std::collections::HashMap<usize, PhpArray>;

/// An object's public properties, as seen from outside its class.
pub(crate) fn public_props(o: &PhpObject) -> PhpArray {
    let mut props = PhpArray::new();
    for p in crate::class::dump::shown_props(o, false) {
        if p.vis == crate::class::dump::Vis::Public {
            props.insert(ArrayKey::Str(Rc::new(p.name)), p.value.unwrap_or_default());
        }
    }
    props
}

impl Encoder {
    fn fail(&mut self, e: JsonError) {
        if self.error == JsonError::None {
            self.error = e;
        }
    }

    fn newline(&self, out: &mut Vec<u8>, depth: usize) {
        if self.flags & PRETTY_PRINT != 0 {
            out.push(b'\n');
            out.extend(std::iter::repeat_n(b' ', depth * 4));
        }
    }

    fn double(&mut self, out: &mut Vec<u8>, d: f64) {
        if !d.is_finite() {
            self.fail(JsonError::InfOrNan);
            out.push(b'0');
            return;
        }
        let mut s = float_fmt::fmt_json(d, self.sp);
        if self.flags & PRESERVE_ZERO_FRACTION != 0 && !s.contains(['.', 'e', 'E']) {
            s.push_str(".0");
        }
        out.extend_from_slice(s.as_bytes());
    }

    fn string(&mut self, out: &mut Vec<u8>, s: &[u8]) {
        if self.flags & NUMERIC_CHECK != 0 {
            match parse_numeric(s) {
                Numeric::Full(Num::Long(n)) => {
                    out.extend_from_slice(n.to_string().as_bytes());
                    return;
                }
                Numeric::Full(Num::Double(d)) => return self.double(out, d),
                _ => {}
            }
        }
        let start = out.len();
        out.push(b'"');
        let mut i = 0;
        while i < s.len() {
            let c = s[i];
            if c >= 0x80 {
                let Some((ch, n)) = decode_utf8(&s[i..]) else {
                    if self.flags & INVALID_UTF8_SUBSTITUTE != 0 {
                        if self.flags & UNESCAPED_UNICODE != 0 {
                            out.extend_from_slice("\u{fffd}".as_bytes());
                        } else {
                            out.extend_from_slice(b"\\ufffd");
                        }
                    } else if self.flags & INVALID_UTF8_IGNORE == 0 {
                        self.fail(JsonError::Utf8);
                        out.truncate(start);
                        out.extend_from_slice(b"null");
                        return;
                    }
                    i += 1;
                    continue;
                };
                let line_term = ch == 0x2028 || ch == 0x2029;
                if self.flags & UNESCAPED_UNICODE != 0
                    && !(line_term && self.flags & UNESCAPED_LINE_TERMINATORS == 0)
                {
                    out.extend_from_slice(&s[i..i + n]);
                } else if ch >= 0x10000 {
                    let v = ch - 0x10000;
                    let (hi, lo) = (0xd800 + (v >> 10), 0xdc00 + (v & 0x3ff));
                    out.extend_from_slice(format!("\\u{hi:04x}\\u{lo:04x}").as_bytes());
                } else {
                    out.extend_from_slice(format!("\\u{ch:04x}").as_bytes());
                }
                i += n;
                continue;
            }
            match c {
                b'"' if self.flags & HEX_QUOT != 0 => out.extend_from_slice(b"\\u0022"),
                b'"' => out.extend_from_slice(b"\\\""),
                b'\\' => out.extend_from_slice(b"\\\\"),
                b'/' if self.flags & UNESCAPED_SLASHES == 0 => out.extend_from_slice(b"\\/"),
                0x08 => out.extend_from_slice(b"\\b"),
                0x0c => out.extend_from_slice(b"\\f"),
                b'\n' => out.extend_from_slice(b"\\n"),
                b'\r' => out.extend_from_slice(b"\\r"),
                b'\t' => out.extend_from_slice(b"\\t"),
                b'<' if self.flags & HEX_TAG != 0 => out.extend_from_slice(b"\\u003C"),
                b'>' if self.flags & HEX_TAG != 0 => out.extend_from_slice(b"\\u003E"),
                b'&' if self.flags & HEX_AMP != 0 => out.extend_from_slice(b"\\u0026"),
                b'\'' if self.flags & HEX_APOS != 0 => out.extend_from_slice(b"\\u0027"),
                0..=0x1f => out.extend_from_slice(format!("\\u{c:04x}").as_bytes()),
                _ => out.push(c),
            }
            i += 1;
        }
        out.push(b'"');
    }

    fn value(&mut self, out: &mut Vec<u8>, v: &Value, depth: usize) {
        match v {
            Value::Null | Value::Undef => out.extend_from_slice(b"null"),
            Value::Resource(_) => {
                self.fail(JsonError::UnsupportedType);
                out.extend_from_slice(b"null");
            }
            Value::True => out.extend_from_slice(b"true"),
            Value::False => out.extend_from_slice(b"false"),
            Value::Long(n) => out.extend_from_slice(n.to_string().as_bytes()),
            Value::Double(d) => self.double(out, *d),
            Value::String(s) => self.string(out, s),
            Value::Array(a) => {
                let as_list = self.flags & FORCE_OBJECT == 0 && a.is_list();
                self.container(out, a, Rc::as_ptr(a) as usize, as_list, depth);
            }
            Value::Object(o) if o.class.is_enum() => {
                if o.class.enum_backing == 0 {
                    self.fail(JsonError::NonBackedEnum);
                    out.push(b'0');
                } else {
                    self.value(out, &o.prop("value"), depth);
                }
            }
            Value::Object(o) => {
                let id = Rc::as_ptr(o) as usize;
                let props = match self.prepared.get(&id) {
                    Some(p) => p.clone(),
                    None => public_props(o),
                };
                self.container(out, &props, id, false, depth);
            }
            Value::Reference(r) => {
                let inner = r.borrow().clone();
                self.value(out, &inner, depth);
            }
        }
    }

    fn container(
        &mut self,
        out: &mut Vec<u8>,
        a: &PhpArray,
        id: usize,
        as_list: bool,
        depth: usize,
    ) {
        if self.path.contains(&id) {
            self.fail(JsonError::Recursion);
            out.extend_from_slice(b"null");
            return;
        }
        if depth >= self.max_depth {
            self.fail(JsonError::Depth);
        }
        let (open, close) = if as_list { (b'[', b']') } else { (b'{', b'}') };
        out.push(open);
        if a.is_empty() {
            out.push(close);
            return;
        }
        self.path.push(id);
        for (i, (k, v)) in a.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            self.newline(out, depth + 1);
            if !as_list {
                match &k {
                    ArrayKey::Int(n) => out.extend_from_slice(format!("\"{n}\"").as_bytes()),
                    ArrayKey::Str(s) => {
                        // Keys are never numbers, whatever NUMERIC_CHECK says.
                        let flags = self.flags;
                        self.flags &= !NUMERIC_CHECK;
                        self.string(out, s);
                        self.flags = flags;
                    }
                }
                out.push(b':');
                if self.flags & PRETTY_PRINT != 0 {
                    out.push(b' ');
                }
            }
            self.value(out, v, depth + 1);
        }
        self.path.pop();
        self.newline(out, depth);
        out.push(close);
    }
}

/// One UTF-8 character: its code point and length.
fn decode_utf8(s: &[u8]) -> Option<(u32, usize)> {
    let n = match s[0] {
        0x00..=0x7f => 1,
        0xc2..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf4 => 4,
        _ => return None,
    };
    let text = std::str::from_utf8(s.get(..n)?).ok()?;
    text.chars().next().map(|c| (c as u32, n))
}

fn json_encode(vm: &mut Vm, args: &mut [Value]) -> R {
    let flags = opt_long(vm, args, 1, "json_encode", 0)?;
    let depth = opt_long(vm, args, 2, "json_encode", 512)?;
    if depth <= 0 {
        return Err(value_error(vm, "json_encode", 2, "must be greater than 0"));
    }
    let mut enc = Encoder {
        flags,
        max_depth: depth as usize,
        sp: vm.serialize_precision(),
        error: JsonError::None,
        path: Vec::new(),
        prepared: JsonObjects::new(),
    };
    let mut out = Vec::new();
    let v = vm.json_prepare(&get(args, 0), &mut Vec::new(), &mut enc.prepared)?;
    enc.value(&mut out, &v, 0);
    let err = enc.error;
    if err != JsonError::None && flags & PARTIAL_OUTPUT_ON_ERROR != 0 {
        LAST_ERROR.with(|c| c.set(err));
        return Ok(Value::from(out));
    }
    finish(vm, flags, err, Value::from(out), Value::False)
}

struct Decoder<'a> {
    s: &'a [u8],
    pos: usize,
    assoc: bool,
    bigint_string: bool,
    max_depth: usize,
    flags: i64,
}

type Parsed<T> = Result<T, JsonError>;

impl Decoder<'_> {
    fn ws(&mut self) {
        while self.pos < self.s.len() && matches!(self.s[self.pos], b' ' | b'\t' | b'\n' | b'\r') {
            self.pos += 1;
        }
    }

    fn peek(&self) -> Option<u8> {
        self.s.get(self.pos).copied()
    }

    fn literal(&mut self, word: &[u8], v: Value) -> Parsed<Value> {
        if self.s[self.pos..].starts_with(word) {
            self.pos += word.len();
            Ok(v)
        } else {
            Err(JsonError::Syntax)
        }
    }

    fn value(&mut self, depth: usize) -> Parsed<Value> {
        self.ws();
        match self.peek() {
            Some(b'{') => self.object(depth + 1),
            Some(b'[') => self.array(depth + 1),
            Some(b'"') => Ok(Value::from(self.string()?)),
            Some(b't') => self.literal(b"true", Value::True),
            Some(b'f') => self.literal(b"false", Value::False),
            Some(b'n') => self.literal(b"null", Value::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => Err(JsonError::Syntax),
        }
    }

    fn number(&mut self) -> Parsed<Value> {
        let start = self.pos;
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        let digits = |d: &mut Self| {
            let from = d.pos;
            while d.peek().is_some_and(|c| c.is_ascii_digit()) {
                d.pos += 1;
            }
            d.pos - from
        };
        match self.peek() {
            Some(b'0') => self.pos += 1,
            Some(b'1'..=b'9') => {
                digits(self);
            }
            _ => return Err(JsonError::Syntax),
        }
        let mut is_double = false;
        if self.peek() == Some(b'.') {
            self.pos += 1;
            if digits(self) == 0 {
                return Err(JsonError::Syntax);
            }
            is_double = true;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.pos += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.pos += 1;
            }
            if digits(self) == 0 {
                return Err(JsonError::Syntax);
            }
            is_double = true;
        }
        let text = std::str::from_utf8(&self.s[start..self.pos]).map_err(|_| JsonError::Syntax)?;
        if !is_double {
            if let Ok(n) = text.parse::<i64>() {
                return Ok(Value::Long(n));
            }
            if self.bigint_string {
                return Ok(Value::from(text));
            }
        }
        text.parse::<f64>()
            .map(Value::Double)
            .map_err(|_| JsonError::Syntax)
    }

    fn hex4(&mut self) -> Parsed<u32> {
        let h = self
            .s
            .get(self.pos..self.pos + 4)
            .ok_or(JsonError::Syntax)?;
        let text = std::str::from_utf8(h).map_err(|_| JsonError::Syntax)?;
        let v = u32::from_str_radix(text, 16).map_err(|_| JsonError::Syntax)?;
        if !h.iter().all(u8::is_ascii_hexdigit) {
            return Err(JsonError::Syntax);
        }
        self.pos += 4;
        Ok(v)
    }

    fn string(&mut self) -> Parsed<Vec<u8>> {
        self.pos += 1;
        let mut out = Vec::new();
        loop {
            let c = self.peek().ok_or(JsonError::Syntax)?;
            match c {
                b'"' => {
                    self.pos += 1;
                    return Ok(out);
                }
                b'\\' => {
                    self.pos += 1;
                    let e = self.peek().ok_or(JsonError::Syntax)?;
                    self.pos += 1;
                    match e {
                        b'"' | b'\\' | b'/' => out.push(e),
                        b'b' => out.push(0x08),
                        b'f' => out.push(0x0c),
                        b'n' => out.push(b'\n'),
                        b'r' => out.push(b'\r'),
                        b't' => out.push(b'\t'),
                        b'u' => {
                            let mut cp = self.hex4()?;
                            if (0xd800..0xdc00).contains(&cp) {
                                if !self.s[self.pos..].starts_with(b"\\u") {
                                    return Err(JsonError::Utf16);
                                }
                                self.pos += 2;
                                let lo = self.hex4()?;
                                if !(0xdc00..0xe000).contains(&lo) {
                                    return Err(JsonError::Utf16);
                                }
                                cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
                            } else if (0xdc00..0xe000).contains(&cp) {
                                return Err(JsonError::Utf16);
                            }
                            let ch = char::from_u32(cp).ok_or(JsonError::Utf16)?;
                            let mut buf = [0u8; 4];
                            out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                        }
                        _ => return Err(JsonError::Syntax),
                    }
                }
                0..=0x1f => return Err(JsonError::CtrlChar),
                0x80.. => match decode_utf8(&self.s[self.pos..]) {
                    Some((_, n)) => {
                        out.extend_from_slice(&self.s[self.pos..self.pos + n]);
                        self.pos += n;
                    }
                    None if self.flags & INVALID_UTF8_SUBSTITUTE != 0 => {
                        out.extend_from_slice("\u{fffd}".as_bytes());
                        self.pos += 1;
                    }
                    None if self.flags & INVALID_UTF8_IGNORE != 0 => self.pos += 1,
                    None => return Err(JsonError::Utf8),
                },
                _ => {
                    out.push(c);
                    self.pos += 1;
                }
            }
        }
    }

    fn array(&mut self, depth: usize) -> Parsed<Value> {
        if depth > self.max_depth {
            return Err(JsonError::Depth);
        }
        self.pos += 1;
        let mut items = Vec::new();
        self.ws();
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Ok(Value::from(PhpArray::new()));
        }
        loop {
            items.push(self.value(depth)?);
            self.ws();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b']') => {
                    self.pos += 1;
                    return Ok(Value::from(PhpArray::from_list(items)));
                }
                _ => return Err(JsonError::Syntax),
            }
        }
    }

    fn object(&mut self, depth: usize) -> Parsed<Value> {
        if depth > self.max_depth {
            return Err(JsonError::Depth);
        }
        self.pos += 1;
        let mut members = PhpArray::new();
        // PHP's parser creates the object once its first member is parsed (or
        // at `}` when empty), so nested objects take the lower handles.
        let mut obj: Option<Rc<PhpObject>> = None;
        self.ws();
        if self.peek() == Some(b'}') {
            self.pos += 1;
        } else {
            loop {
                self.ws();
                if self.peek() != Some(b'"') {
                    return Err(JsonError::Syntax);
                }
                let key = self.string()?;
                self.ws();
                if self.peek() != Some(b':') {
                    return Err(JsonError::Syntax);
                }
                self.pos += 1;
                let v = self.value(depth)?;
                if self.assoc {
                    members.insert(ArrayKey::from_bytes(&key), v);
                } else {
                    if key.first() == Some(&0) {
                        return Err(JsonError::InvalidPropertyName);
                    }
                    members.insert(ArrayKey::Str(Rc::new(key)), v);
                    obj.get_or_insert_with(|| PhpObject::std_class(PhpArray::new()));
                }
                self.ws();
                match self.peek() {
                    Some(b',') => self.pos += 1,
                    Some(b'}') => {
                        self.pos += 1;
                        break;
                    }
                    _ => return Err(JsonError::Syntax),
                }
            }
        }
        if self.assoc {
            return Ok(Value::from(members));
        }
        let obj = obj.unwrap_or_else(|| PhpObject::std_class(PhpArray::new()));
        *obj.dynamic.borrow_mut() = Some(Box::new(members));
        Ok(Value::Object(obj))
    }
}

fn json_decode(vm: &mut Vm, args: &mut [Value]) -> R {
    const F: &str = "json_decode";
    let s = arg_str(vm, args, 0, F)?;
    let assoc_arg = get(args, 1);
    let depth = opt_long(vm, args, 2, F, 512)?;
    let flags = opt_long(vm, args, 3, F, 0)?;
    if depth <= 0 {
        return Err(value_error(vm, F, 2, "must be greater than 0"));
    }
    if depth > i64::from(i32::MAX) {
        return Err(value_error(vm, F, 2, "must be less than 2147483647"));
    }
    let assoc = match assoc_arg {
        Value::Null | Value::Undef => flags & OBJECT_AS_ARRAY != 0,
        v => v.to_bool(),
    };
    let mut d = Decoder {
        s: &s,
        pos: 0,
        assoc,
        bigint_string: flags & BIGINT_AS_STRING != 0,
        max_depth: depth as usize,
        flags,
    };
    let result = if s.is_empty() {
        Err(JsonError::Syntax)
    } else {
        d.value(0).and_then(|v| {
            d.ws();
            if d.pos == d.s.len() {
                Ok(v)
            } else {
                Err(JsonError::Syntax)
            }
        })
    };
    match result {
        Ok(v) => finish(vm, flags, JsonError::None, v, Value::Null),
        Err(e) => finish(vm, flags, e, Value::Null, Value::Null),
    }
}
