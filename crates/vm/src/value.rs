//! PHP values (`zval`): 16 bytes, refcounted, copy-on-write.
//!
//! Conversions and comparisons follow PHP 8's `zend_operators.c`: the `to_*` helpers
//! are the silent casts (`(int)`, `(bool)`…); arithmetic with its warnings and
//! TypeErrors lives in `ops.rs`.

use std::cell::{Cell, RefCell};
use std::cmp::Ordering;
use std::rc::Rc;

use crate::array::PhpArray;
use crate::float_fmt;
use crate::numeric::{self, canonical_int_key, parse_numeric, Num, Numeric};
use crate::object::PhpObject;
use crate::vm::{Unwind, Vm};

/// A PHP string: bytes, shared; `Rc::make_mut` gives copy-on-write and an
/// amortised in-place `.=` when the string is not shared.
pub type PhpStr = Rc<Vec<u8>>;

/// A PHP reference (`&$x`): a shared cell that every alias points to.
pub type PhpRef = Rc<RefCell<Value>>;

thread_local! {
    /// The 256 one-byte strings, made once: `$s[$i]` gives one without allocating
    /// (Zend's ZSTR_CHAR).
    static BYTE_STRINGS: Vec<PhpStr> = (0..=255u8).map(|b| Rc::new(vec![b])).collect();
}

/// The one-byte string `b`.
pub(crate) fn byte_string(b: u8) -> Value {
    Value::String(BYTE_STRINGS.with(|t| t[b as usize].clone()))
}

#[derive(Clone, Debug, Default)]
pub enum Value {
    /// An unset variable slot (Zend's `IS_UNDEF`): only in the VM's variable slots;
    /// built-ins never receive it (reads turn it into `Null`).
    Undef,
    #[default]
    Null,
    False,
    True,
    Long(i64),
    Double(f64),
    String(PhpStr),
    /// Copy-on-write: assigning shares the `Rc`, writing through `Rc::make_mut` separates.
    Array(Rc<PhpArray>),
    /// An object (for now only the built-in throwables; classes come later).
    Object(Rc<PhpObject>),
    /// Only in variable slots, array elements and properties, never as an operand value:
    /// reading a slot dereferences it.
    Reference(PhpRef),
    /// A resource (a stream, a directory handle); see `resource.rs`.
    Resource(Rc<crate::resource::Resource>),
}

/// An array key after PHP's normalisation (`"1"` → `1`, `true` → `1`, `null` → `""`, `1.5` → `1`).
#[derive(Clone, Debug)]
pub enum ArrayKey {
    Int(i64),
    Str(PhpStr),
}

/// Equal as the derived comparison, without a `memcmp` call for short keys: every
/// array lookup compares its key with a bucket's (a small hash's scan, hashbrown's
/// candidates), and the keys are mostly a few bytes long ("id", "score").
impl PartialEq for ArrayKey {
    fn eq(&self, other: &ArrayKey) -> bool {
        match (self, other) {
            (ArrayKey::Int(a), ArrayKey::Int(b)) => a == b,
            (ArrayKey::Str(a), ArrayKey::Str(b)) => Rc::ptr_eq(a, b) || short_bytes_eq(a, b),
            _ => false,
        }
    }
}

impl Eq for ArrayKey {}

/// An int hashes as itself, a string as its length and bytes: no discriminant word
/// (an int and a string may share a hash; equality tells them apart).
impl std::hash::Hash for ArrayKey {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        match self {
            ArrayKey::Int(i) => state.write_i64(*i),
            ArrayKey::Str(s) => s.as_slice().hash(state),
        }
    }
}

/// `a == b`, comparing up to 16 bytes as two overlapping words (the first and the
/// last 4 or 8 bytes) instead of calling `memcmp`. Not inlined: the executor's loop
/// inlines key comparisons, and this much code there cost it registers.
#[inline(never)]
fn short_bytes_eq(a: &[u8], b: &[u8]) -> bool {
    fn word4(s: &[u8], at: usize) -> u32 {
        let mut w = [0u8; 4];
        w.copy_from_slice(&s[at..at + 4]);
        u32::from_ne_bytes(w)
    }
    fn word8(s: &[u8], at: usize) -> u64 {
        let mut w = [0u8; 8];
        w.copy_from_slice(&s[at..at + 8]);
        u64::from_ne_bytes(w)
    }
    let n = a.len();
    if n != b.len() {
        return false;
    }
    match n {
        0 => true,
        // The first, middle and last bytes are all of them.
        1..=3 => a[0] == b[0] && a[n / 2] == b[n / 2] && a[n - 1] == b[n - 1],
        4..=7 => word4(a, 0) == word4(b, 0) && word4(a, n - 4) == word4(b, n - 4),
        8..=16 => word8(a, 0) == word8(b, 0) && word8(a, n - 8) == word8(b, n - 8),
        _ => a == b,
    }
}

impl ArrayKey {
    /// A string key, normalised (`"7"` is the int key 7).
    pub fn from_bytes(s: &[u8]) -> ArrayKey {
        match canonical_int_key(s) {
            Some(i) => ArrayKey::Int(i),
            None => ArrayKey::Str(Rc::new(s.to_vec())),
        }
    }

    /// Like [`ArrayKey::from_bytes`], reusing the string when it stays a string key.
    pub fn from_str_value(s: &PhpStr) -> ArrayKey {
        match canonical_int_key(s) {
            Some(i) => ArrayKey::Int(i),
            None => ArrayKey::Str(s.clone()),
        }
    }

    /// The key as a value (`array_keys`, foreach).
    pub fn to_value(&self) -> Value {
        match self {
            ArrayKey::Int(i) => Value::Long(*i),
            ArrayKey::Str(s) => Value::String(s.clone()),
        }
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        if b {
            Value::True
        } else {
            Value::False
        }
    }
}

impl From<i64> for Value {
    fn from(n: i64) -> Value {
        Value::Long(n)
    }
}

impl From<f64> for Value {
    fn from(d: f64) -> Value {
        Value::Double(d)
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Value {
        Value::String(Rc::new(s.as_bytes().to_vec()))
    }
}

impl From<String> for Value {
    fn from(s: String) -> Value {
        Value::String(Rc::new(s.into_bytes()))
    }
}

impl From<Vec<u8>> for Value {
    fn from(s: Vec<u8>) -> Value {
        Value::String(Rc::new(s))
    }
}

impl From<&[u8]> for Value {
    fn from(s: &[u8]) -> Value {
        Value::String(Rc::new(s.to_vec()))
    }
}

impl From<PhpArray> for Value {
    fn from(a: PhpArray) -> Value {
        Value::Array(Rc::new(a))
    }
}

/// An int's decimal digits, written without the formatter and without allocating.
pub struct LongDigits {
    buf: [u8; 20],
    start: usize,
}

/// "00" to "99", for writing ints two digits at a time.
const DIGIT_PAIRS: &[u8; 200] = b"0001020304050607080910111213141516171819\
2021222324252627282930313233343536373839\
4041424344454647484950515253545556575859\
6061626364656667686970717273747576777879\
8081828384858687888990919293949596979899";

impl LongDigits {
    pub fn new(n: i64) -> LongDigits {
        let mut buf = [0u8; 20];
        let mut i = buf.len();
        let mut m = n.unsigned_abs();
        // Two digits a step: half the divisions.
        while m >= 100 {
            let pair = (m % 100) as usize * 2;
            m /= 100;
            i -= 2;
            buf[i..i + 2].copy_from_slice(&DIGIT_PAIRS[pair..pair + 2]);
        }
        if m >= 10 {
            let pair = m as usize * 2;
            i -= 2;
            buf[i..i + 2].copy_from_slice(&DIGIT_PAIRS[pair..pair + 2]);
        } else {
            i -= 1;
            buf[i] = b'0' + m as u8;
        }
        if n < 0 {
            i -= 1;
            buf[i] = b'-';
        }
        LongDigits { buf, start: i }
    }

    pub fn as_bytes(&self) -> &[u8] {
        &self.buf[self.start..]
    }
}

/// Appends an int's decimal digits (`to_string` goes through the formatter and
/// allocates).
pub fn append_long(out: &mut Vec<u8>, n: i64) {
    out.extend_from_slice(LongDigits::new(n).as_bytes());
}

/// An int's decimal digits, in a vector of exactly that size.
pub fn long_bytes(n: i64) -> Vec<u8> {
    let mut out = Vec::with_capacity(20);
    append_long(&mut out, n);
    out
}

/// The float of a number read from a string.
fn num_to_f64(n: Num) -> f64 {
    match n {
        Num::Long(l) => l as f64,
        Num::Double(d) => d,
    }
}

/// Compare two floats as Zend's `ZEND_THREEWAY_COMPARE` (NaN compares as "greater").
fn cmp_f64(a: f64, b: f64) -> i32 {
    if a == b {
        0
    } else if a < b {
        -1
    } else {
        1
    }
}

fn cmp_i64(a: i64, b: i64) -> i32 {
    match a.cmp(&b) {
        Ordering::Less => -1,
        Ordering::Equal => 0,
        Ordering::Greater => 1,
    }
}

fn cmp_bytes(a: &[u8], b: &[u8]) -> i32 {
    match a.cmp(b) {
        Ordering::Less => -1,
        Ordering::Equal => 0,
        Ordering::Greater => 1,
    }
}

fn cmp_num(a: Num, b: Num) -> i32 {
    match (a, b) {
        (Num::Long(x), Num::Long(y)) => cmp_i64(x, y),
        _ => cmp_f64(num_to_f64(a), num_to_f64(b)),
    }
}

/// `"10" == "1e1"`: numeric strings compare as numbers, others bytewise.
fn cmp_strings(a: &[u8], b: &[u8]) -> i32 {
    if let (Some(x), Some(y)) = (numeric::full_numeric(a), numeric::full_numeric(b)) {
        return cmp_num(x, y);
    }
    cmp_bytes(a, b)
}

impl Value {
    /// Whether the value holds a counted pointer (its drop does something).
    #[inline(always)]
    pub fn is_refcounted(&self) -> bool {
        matches!(
            self,
            Value::String(_)
                | Value::Array(_)
                | Value::Object(_)
                | Value::Reference(_)
                | Value::Resource(_)
        )
    }

    pub fn string(bytes: impl Into<Vec<u8>>) -> Value {
        Value::String(Rc::new(bytes.into()))
    }

    pub fn empty_array() -> Value {
        Value::Array(Rc::new(PhpArray::new()))
    }

    /// The value behind a reference (a clone: cheap, `Rc`s are shared).
    pub fn deref(&self) -> Value {
        match self {
            Value::Reference(r) => r.borrow().clone(),
            v => v.clone(),
        }
    }

    /// Type name as PHP's messages spell it (`zend_zval_type_name`): `int`, `string`…
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::Undef | Value::Null => "null",
            Value::False | Value::True => "bool",
            Value::Long(_) => "int",
            Value::Double(_) => "float",
            Value::String(_) => "string",
            Value::Array(_) => "array",
            Value::Object(_) => "object",
            Value::Resource(_) => "resource",
            Value::Reference(r) => r.borrow().type_name(),
        }
    }

    /// `get_debug_type()`: `null`, `bool`, `int`, `float`, `string`, `array`.
    pub fn debug_type_name(&self) -> String {
        match self {
            Value::Object(o) => o.class.display_name().to_string(),
            Value::Resource(r) if r.is_closed() => "resource (closed)".to_string(),
            Value::Resource(r) => format!("resource ({})", r.type_name()),
            Value::Reference(r) => r.borrow().debug_type_name(),
            v => v.type_name().to_string(),
        }
    }

    /// Zend's `zend_zval_type_name`, as TypeErrors name a value: a class name, or the
    /// type (`resource` without its kind).
    pub fn zval_type_name(&self) -> String {
        match self {
            Value::Object(o) => o.class.display_name().to_string(),
            Value::Reference(r) => r.borrow().zval_type_name(),
            v => v.type_name().to_string(),
        }
    }

    /// `gettype()`: `NULL`, `boolean`, `integer`, `double`, `string`, `array`.
    pub fn gettype(&self) -> &'static str {
        match self {
            Value::Undef | Value::Null => "NULL",
            Value::False | Value::True => "boolean",
            Value::Long(_) => "integer",
            Value::Double(_) => "double",
            Value::String(_) => "string",
            Value::Array(_) => "array",
            Value::Object(_) => "object",
            Value::Resource(r) if r.is_closed() => "resource (closed)",
            Value::Resource(_) => "resource",
            Value::Reference(r) => r.borrow().gettype(),
        }
    }

    pub fn is_null(&self) -> bool {
        match self {
            Value::Undef | Value::Null => true,
            Value::Reference(r) => r.borrow().is_null(),
            _ => false,
        }
    }

    pub fn to_bool(&self) -> bool {
        match self {
            Value::Undef | Value::Null | Value::False => false,
            Value::True => true,
            Value::Long(n) => *n != 0,
            Value::Double(d) => *d != 0.0,
            Value::String(s) => !(s.is_empty() || s.as_slice() == b"0"),
            Value::Array(a) => !a.is_empty(),
            Value::Object(_) => true,
            Value::Resource(_) => true,
            Value::Reference(r) => r.borrow().to_bool(),
        }
    }

    /// `(int)`: silent; strings by their numeric prefix (saturating), floats modular.
    pub fn to_long(&self) -> i64 {
        match self {
            Value::Undef | Value::Null | Value::False => 0,
            Value::True => 1,
            Value::Long(n) => *n,
            Value::Double(d) => numeric::dval_to_lval(*d),
            Value::String(s) => match parse_numeric(s) {
                Numeric::Full(Num::Long(n)) | Numeric::Leading(Num::Long(n)) => n,
                Numeric::Full(Num::Double(d)) | Numeric::Leading(Num::Double(d)) => {
                    numeric::dval_to_lval_cap(d)
                }
                Numeric::No => 0,
            },
            Value::Array(a) => i64::from(!a.is_empty()),
            Value::Object(_) => 1,
            Value::Resource(r) => r.id,
            Value::Reference(r) => r.borrow().to_long(),
        }
    }

    /// `(float)`.
    pub fn to_double(&self) -> f64 {
        match self {
            Value::Undef | Value::Null | Value::False => 0.0,
            Value::True => 1.0,
            Value::Long(n) => *n as f64,
            Value::Double(d) => *d,
            Value::String(s) => match parse_numeric(s) {
                Numeric::Full(n) | Numeric::Leading(n) => num_to_f64(n),
                Numeric::No => 0.0,
            },
            Value::Array(a) => f64::from(u8::from(!a.is_empty())),
            Value::Object(_) => 1.0,
            Value::Resource(r) => r.id as f64,
            Value::Reference(r) => r.borrow().to_double(),
        }
    }

    /// `(string)` with the VM's `precision`, warning "Array to string conversion".
    pub fn to_php_string(&self, vm: &mut Vm) -> Result<PhpStr, Unwind> {
        match self {
            Value::String(s) => Ok(s.clone()),
            Value::Array(_) => {
                vm.warning("Array to string conversion");
                Ok(Rc::new(b"Array".to_vec()))
            }
            Value::Object(o) => vm.object_to_string(o),
            Value::Reference(r) => {
                let v = r.borrow().clone();
                v.to_php_string(vm)
            }
            other => Ok(Rc::new(other.to_string_lossy(vm.precision()))),
        }
    }

    /// Appends `(string)$v` to `out`: strings and ints without an intermediate string.
    pub fn append_php_string(&self, vm: &mut Vm, out: &mut Vec<u8>) -> Result<(), Unwind> {
        match self {
            Value::String(s) => out.extend_from_slice(s),
            Value::Long(n) => append_long(out, *n),
            other => out.extend_from_slice(&other.to_php_string(vm)?),
        }
        Ok(())
    }

    /// `(string)` without side effects: arrays become `"Array"` silently.
    pub fn to_string_lossy(&self, precision: i32) -> Vec<u8> {
        match self {
            Value::Undef | Value::Null | Value::False => Vec::new(),
            Value::True => b"1".to_vec(),
            Value::Long(n) => long_bytes(*n),
            Value::Double(d) => float_fmt::fmt_precision(*d, precision).into_bytes(),
            Value::String(s) => s.to_vec(),
            Value::Array(_) => b"Array".to_vec(),
            Value::Object(o) => o.class.name.as_bytes().to_vec(),
            Value::Resource(r) => format!("Resource id #{}", r.id).into_bytes(),
            Value::Reference(r) => r.borrow().to_string_lossy(precision),
        }
    }

    /// `===`.
    pub fn strict_eq(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Reference(r), o) => r.borrow().strict_eq(o),
            (s, Value::Reference(r)) => s.strict_eq(&r.borrow()),
            (Value::Null | Value::Undef, Value::Null | Value::Undef)
            | (Value::False, Value::False)
            | (Value::True, Value::True) => true,
            (Value::Long(a), Value::Long(b)) => a == b,
            (Value::Double(a), Value::Double(b)) => a == b,
            (Value::String(a), Value::String(b)) => Rc::ptr_eq(a, b) || a == b,
            (Value::Object(a), Value::Object(b)) => Rc::ptr_eq(a, b),
            (Value::Resource(a), Value::Resource(b)) => Rc::ptr_eq(a, b),
            (Value::Array(a), Value::Array(b)) => {
                Rc::ptr_eq(a, b)
                    || (a.len() == b.len()
                        && guarded(Rc::as_ptr(a).cast(), false, || {
                            a.iter()
                                .zip(b.iter())
                                .all(|((ka, va), (kb, vb))| ka == kb && va.strict_eq(vb))
                        }))
            }
            _ => false,
        }
    }

    /// `==`.
    pub fn loose_eq(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Long(a), Value::Long(b)) => a == b,
            (Value::String(a), Value::String(b)) => {
                if Rc::ptr_eq(a, b) {
                    return true;
                }
                match (numeric::full_numeric(a), numeric::full_numeric(b)) {
                    (Some(x), Some(y)) => cmp_num(x, y) == 0,
                    _ => a == b,
                }
            }
            (Value::Array(a), Value::Array(b)) => {
                a.len() == b.len()
                    && guarded(Rc::as_ptr(a).cast(), false, || {
                        a.iter()
                            .all(|(k, va)| b.get(&k).is_some_and(|vb| va.loose_eq(vb)))
                    })
            }
            _ => self.compare(other) == 0,
        }
    }

    /// `<=>` (`zend_compare`): -1, 0 or 1; uncomparable arrays give 1.
    pub fn compare(&self, other: &Value) -> i32 {
        use Value::*;
        match (self, other) {
            (Reference(r), o) => r.borrow().compare(o),
            (s, Reference(r)) => s.compare(&r.borrow()),
            (Undef, o) => Null.compare(o),
            (s, Undef) => s.compare(&Null),
            (Long(a), Long(b)) => cmp_i64(*a, *b),
            (Long(a), Double(b)) => cmp_f64(*a as f64, *b),
            (Double(a), Long(b)) => cmp_f64(*a, *b as f64),
            (Double(a), Double(b)) => cmp_f64(*a, *b),
            (Array(a), Array(b)) => compare_arrays(a, b),
            (Object(a), Object(b)) => {
                if Rc::ptr_eq(a, b) {
                    0
                } else if let Some(r) = crate::class::date::compare(a, b) {
                    r
                } else if !Rc::ptr_eq(&a.class, &b.class) || a.class.is_enum() {
                    // Enum cases compare only by identity (Zend's ZEND_UNCOMPARABLE).
                    1
                } else if let Some(r) = crate::closure::compare(a, b) {
                    r
                } else {
                    // Guarded by the object: each prop_table() is a fresh array.
                    guarded(Rc::as_ptr(a).cast(), 1, || {
                        compare_arrays(&a.prop_table(), &b.prop_table())
                    })
                }
            }
            // An enum case is uncomparable with anything but null, bools included.
            (Null, Object(_)) => -1,
            (Object(o), _) | (_, Object(o)) if o.class.is_enum() => 1,
            (Null, Null) | (Null, False) | (False, Null) | (False, False) | (True, True) => 0,
            (Null, True) => -1,
            (True, Null) => 1,
            (String(a), String(b)) => cmp_strings(a, b),
            (Null, String(b)) => cmp_bytes(b"", b),
            (String(a), Null) => cmp_bytes(a, b""),
            // NAN and a non-numeric string are uncomparable (ZEND_UNCOMPARABLE).
            (String(s), Long(_) | Double(_)) => match numeric::full_numeric(s) {
                Some(n) => num_value_of(n).compare(other),
                None if matches!(other, Double(d) if d.is_nan()) => 1,
                None => cmp_bytes(s, &other.to_string_lossy(14)),
            },
            (Long(_) | Double(_), String(s)) => match numeric::full_numeric(s) {
                Some(n) => self.compare(&num_value_of(n)),
                None if matches!(self, Double(d) if d.is_nan()) => 1,
                None => cmp_bytes(&self.to_string_lossy(14), s),
            },
            (Null, _) | (False, _) => {
                if other.to_bool() {
                    -1
                } else {
                    0
                }
            }
            (_, Null) | (_, False) => i32::from(self.to_bool()),
            (True, _) => i32::from(!other.to_bool()),
            (_, True) => -i32::from(!self.to_bool()),
            // An object the other operand's type cannot be cast from is the greater
            // (a number takes it as 1: zend_std_compare_objects).
            (Object(_), Long(_) | Double(_)) => Long(1).compare(other),
            (Long(_) | Double(_), Object(_)) => self.compare(&Long(1)),
            (Object(_), _) => 1,
            (_, Object(_)) => -1,
            (Array(_), _) => 1,
            (_, Array(_)) => -1,
            // A resource compares as its id.
            (Resource(a), o) => Long(a.id).compare(o),
            (s, Resource(b)) => s.compare(&Long(b.id)),
        }
    }

    /// Normalise to an array key, as `$a[$k]` does (`zend_fetch_dimension_address`):
    /// floats truncate (deprecation when fractional), bools → 0/1, null → `""`.
    /// Arrays are illegal offsets: `Err` with PHP's TypeError message ("Illegal offset type").
    pub fn to_array_key(&self, vm: &mut Vm) -> Result<ArrayKey, Unwind> {
        match self {
            Value::Long(n) => Ok(ArrayKey::Int(*n)),
            Value::String(s) => Ok(ArrayKey::from_str_value(s)),
            Value::Undef | Value::Null => Ok(ArrayKey::Str(Rc::new(Vec::new()))),
            Value::False => Ok(ArrayKey::Int(0)),
            Value::True => Ok(ArrayKey::Int(1)),
            Value::Double(d) => {
                let n = numeric::dval_to_lval(*d);
                if !numeric::is_long_compatible(*d) {
                    vm.deprecated(&format!(
                        "Implicit conversion from float {} to int loses precision",
                        float_fmt::fmt_repr(*d, -1)
                    ));
                }
                Ok(ArrayKey::Int(n))
            }
            Value::Array(_) | Value::Object(_) => {
                Err(vm.throw_error("TypeError", "Illegal offset type".into()))
            }
            Value::Resource(r) => {
                vm.warning(&format!(
                    "Resource ID#{} used as offset, casting to integer ({})",
                    r.id, r.id
                ));
                Ok(ArrayKey::Int(r.id))
            }
            Value::Reference(r) => {
                let v = r.borrow().clone();
                v.to_array_key(vm)
            }
        }
    }
}

fn num_value_of(n: Num) -> Value {
    match n {
        Num::Long(l) => Value::Long(l),
        Num::Double(d) => Value::Double(d),
    }
}

/// `zend_compare_arrays`: by count, then key by key in the first array's order.
fn compare_arrays(a: &PhpArray, b: &PhpArray) -> i32 {
    // The same array (zend_hash_compare's first test): equal, even when it contains itself.
    if std::ptr::eq(a, b) {
        return 0;
    }
    if a.len() != b.len() {
        return cmp_i64(a.len() as i64, b.len() as i64);
    }
    guarded((a as *const PhpArray).cast(), 1, || {
        for (k, va) in a.iter() {
            match b.get(&k) {
                None => return 1,
                Some(vb) => {
                    let c = va.compare(vb);
                    if c != 0 {
                        return c;
                    }
                }
            }
        }
        0
    })
}

thread_local! {
    /// The arrays on the current comparison path (Zend's GC_PROTECT_RECURSION).
    static COMPARING: RefCell<Vec<*const ()>> = const { RefCell::new(Vec::new()) };
    /// A comparison met an array already on its path.
    static RECURSIVE: Cell<bool> = const { Cell::new(false) };
}

/// Compare inside the array or object at `key` with `f`, it marked as being compared:
/// meeting it again on the same path means the structure contains itself, which PHP
/// reports as a fatal error. The comparison stops there with `on_recursion`, and the
/// VM raises the error at its next safe point ([`take_recursive_comparison`]).
fn guarded<T>(key: *const (), on_recursion: T, f: impl FnOnce() -> T) -> T {
    let entered = COMPARING.with(|path| {
        let mut path = path.borrow_mut();
        let fresh = !path.contains(&key);
        if fresh {
            path.push(key);
        }
        fresh
    });
    if !entered {
        RECURSIVE.with(|r| r.set(true));
        crate::object::request_safe_point();
        return on_recursion;
    }
    let r = f();
    COMPARING.with(|path| path.borrow_mut().pop());
    r
}

/// Whether a comparison since the last call met a recursive array ("Nesting level too
/// deep - recursive dependency?").
pub(crate) fn take_recursive_comparison() -> bool {
    RECURSIVE.with(|r| r.replace(false))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(x: &str) -> Value {
        Value::from(x)
    }

    #[test]
    fn long_digits() {
        // Every digit count, both sides of each power of ten, both signs.
        let edges = (0..19).flat_map(|e| {
            let p = 10i64.pow(e);
            [p - 1, p, p + 1, -p, 7 * p]
        });
        for n in edges.chain([12345, 1234567890, i64::MAX, i64::MIN]) {
            assert_eq!(long_bytes(n), n.to_string().into_bytes());
        }
    }

    #[test]
    fn short_key_compare_sees_every_byte() {
        let key = |b: &[u8]| ArrayKey::Str(Rc::new(b.to_vec()));
        for n in 0..40 {
            let base: Vec<u8> = (0..n as u8).map(|i| b'a' + i % 26).collect();
            assert_eq!(key(&base), key(&base));
            for at in 0..n {
                let mut other = base.clone();
                other[at] ^= 0x20;
                assert_ne!(key(&base), key(&other), "length {n}, byte {at}");
            }
            assert_ne!(key(&base), key(&[base.as_slice(), b"x"].concat()));
        }
        assert_ne!(key(b"1"), ArrayKey::Int(1));
        assert_eq!(ArrayKey::Int(-7), ArrayKey::Int(-7));
    }

    #[test]
    fn value_is_16_bytes() {
        assert_eq!(std::mem::size_of::<Value>(), 16);
    }

    #[test]
    fn casts() {
        assert_eq!(s("12abc").to_long(), 12);
        assert_eq!(s("1e3").to_long(), 1000);
        assert_eq!(s("1e20").to_long(), i64::MAX);
        assert_eq!(Value::Double(1e20).to_long(), 7766279631452241920);
        assert_eq!(s(" 1.5 ").to_double(), 1.5);
        assert!(!s("0").to_bool());
        assert!(s("0.0").to_bool());
        assert!(!Value::Double(0.0).to_bool());
        assert_eq!(Value::Double(0.1 + 0.2).to_string_lossy(14), b"0.3");
        assert_eq!(Value::True.to_string_lossy(14), b"1");
    }

    #[test]
    fn loose_comparisons_php8() {
        assert!(!s("abc").loose_eq(&Value::Long(0)));
        assert!(s("1e3").loose_eq(&s("1000")));
        assert!(s(" 1").loose_eq(&Value::Long(1)));
        assert!(s("1 ").loose_eq(&Value::Long(1)));
        assert!(s("1").loose_eq(&s("01")));
        assert!(s("10").loose_eq(&s("1e1")));
        assert!(Value::Long(100).loose_eq(&s("1e2")));
        assert!(Value::Null.loose_eq(&Value::False));
        assert!(Value::empty_array().loose_eq(&Value::False));
        assert!(s("0").loose_eq(&Value::False));
        assert!(s("").loose_eq(&Value::Null));
        assert!(!Value::Null.loose_eq(&s("0")));
        assert!(Value::Long(7).loose_eq(&s("7.0")));
        assert!(!Value::Double(f64::NAN).loose_eq(&Value::Double(f64::NAN)));
    }

    #[test]
    fn spaceship() {
        assert_eq!(s("a").compare(&s("c")), -1);
        assert_eq!(s("abc").compare(&s("a")), 1);
        assert_eq!(Value::Null.compare(&s("a")), -1);
        assert_eq!(Value::Double(1.5).compare(&Value::Long(1)), 1);
        assert_eq!(Value::Null.compare(&Value::Long(-1)), -1);
        assert_eq!(s("10").compare(&s("9")), 1);
        assert_eq!(s("abc").compare(&Value::Long(1)), 1);
        let a = Value::from(PhpArray::from_list(vec![Value::Long(1), Value::Long(2)]));
        let mut h = PhpArray::new();
        h.insert(ArrayKey::Int(2), Value::Long(1));
        h.insert(ArrayKey::Int(3), Value::Long(1));
        let b = Value::from(h);
        assert!(!a.loose_eq(&b));
        assert_eq!(a.compare(&b), 1);
        assert_eq!(a.compare(&Value::Long(5)), 1);
    }

    #[test]
    fn strict() {
        assert!(!Value::Long(1).strict_eq(&Value::Double(1.0)));
        assert!(s("a").strict_eq(&s("a")));
        let a = Value::from(PhpArray::from_list(vec![Value::Long(1)]));
        let b = Value::from(PhpArray::from_list(vec![Value::Long(1)]));
        assert!(a.strict_eq(&b));
    }
}
