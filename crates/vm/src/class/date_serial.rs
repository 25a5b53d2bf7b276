//! How dates, zones and intervals are rebuilt from and written to arrays:
//! `__serialize()`, `__unserialize()`, `__wakeup()` and `__set_state()` of
//! `DateTime`, `DateTimeImmutable`, `DateTimeZone` and `DateInterval`. The state
//! fields (`date`, `timezone_type`, `timezone`; an interval's `y` … `from_string`)
//! are checked and read as php_date.c's `*_initialize_from_hash` do; other
//! members are the object's own properties.

use std::rc::Rc;

use super::date::{parse_at, store, store_zone, zone_from_name, zone_of_type, Moment};
use super::MethodCtx;
use crate::array::PhpArray;
use crate::builtins::args::arg_array;
use crate::builtins::date::calendar::Zone;
use crate::object::PhpObject;
use crate::value::{ArrayKey, Value};
use crate::vm::{Unwind, Vm};

type R = Result<Value, Unwind>;

const DATE_FIELDS: &[&str] = &["date", "timezone_type", "timezone"];
const ZONE_FIELDS: &[&str] = &["timezone_type", "timezone"];
/// An interval's fields read as integers (-1 when missing or not a scalar).
const INTERVAL_LONGS: [&str; 6] = ["y", "m", "d", "h", "i", "s"];
const INTERVAL_FIELDS: &[&str] = &[
    "y",
    "m",
    "d",
    "h",
    "i",
    "s",
    "f",
    "invert",
    "days",
    "from_string",
    "date_string",
];

/// What an object of `class` is for these methods.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Date,
    Immutable,
    Zone,
    Interval,
}

impl Kind {
    fn of(class: &super::ClassEntry) -> Kind {
        if class.instance_of_name(b"datetimeimmutable") {
            Kind::Immutable
        } else if class.instance_of_name(b"datetimeinterface") {
            Kind::Date
        } else if class.instance_of_name(b"dateinterval") {
            Kind::Interval
        } else {
            Kind::Zone
        }
    }

    fn name(self) -> &'static str {
        match self {
            Kind::Date => "DateTime",
            Kind::Immutable => "DateTimeImmutable",
            Kind::Zone => "DateTimeZone",
            Kind::Interval => "DateInterval",
        }
    }

    fn fields(self) -> &'static [&'static str] {
        match self {
            Kind::Zone => ZONE_FIELDS,
            Kind::Interval => INTERVAL_FIELDS,
            _ => DATE_FIELDS,
        }
    }
}

fn field<'a>(state: &'a PhpArray, name: &str) -> Option<&'a Value> {
    state.get(&ArrayKey::from_bytes(name.as_bytes()))
}

fn string_field(state: &PhpArray, name: &str) -> Option<String> {
    match field(state, name).map(Value::deref) {
        Some(Value::String(s)) => Some(String::from_utf8_lossy(&s).into_owned()),
        _ => None,
    }
}

fn long_field(state: &PhpArray, name: &str) -> Option<i64> {
    match field(state, name).map(Value::deref) {
        Some(Value::Long(n)) => Some(n),
        _ => None,
    }
}

/// The moment `state` describes (`php_date_initialize_from_hash`): an offset or
/// abbreviation zone is read with the date text, an identifier is looked up first.
fn moment_from(state: &PhpArray) -> Option<Moment> {
    let date = string_field(state, "date")?;
    let ty = long_field(state, "timezone_type")?;
    let zone = string_field(state, "timezone")?;
    let now = Moment::utc_epoch();
    match ty {
        1 | 2 => parse_at(format!("{date} {zone}").as_bytes(), &now),
        3 => parse_at(date.as_bytes(), &now.in_zone(zone_of_type(3, &zone)?)),
        _ => None,
    }
}

/// A date's, a zone's or an interval's state.
enum State {
    Date(Moment),
    Zone(Zone),
    /// The interval's properties, in order.
    Interval(Vec<(&'static str, Value)>),
}

/// An interval's fields as `php_date_interval_initialize_from_hash` reads them: a
/// `date_string` makes it a relative interval, else each field is taken if scalar.
fn interval_from(state: &PhpArray) -> Vec<(&'static str, Value)> {
    if let Some(text) = string_field(state, "date_string") {
        let mut out = super::date::relative_fields(text.as_bytes());
        out.push(("date_string", Value::from(text)));
        return out;
    }
    let scalar = |name: &str| {
        field(state, name)
            .map(Value::deref)
            .filter(|v| !matches!(v, Value::Array(_) | Value::Object(_) | Value::Resource(_)))
    };
    let mut out: Vec<(&'static str, Value)> = INTERVAL_LONGS
        .iter()
        .map(|&n| (n, Value::Long(scalar(n).map_or(-1, |v| v.to_long()))))
        .collect();
    let us = field(state, "f").map_or(0, |v| (v.deref().to_double() * 1e6) as i64);
    out.push(("f", Value::Double(us as f64 / 1e6)));
    out.push((
        "invert",
        Value::Long(scalar("invert").map_or(0, |v| v.to_long())),
    ));
    let days = match scalar("days") {
        Some(Value::False) => Value::False,
        Some(v) => Value::Long(leading_long(&v.to_string_lossy(14))),
        None => Value::Long(-1),
    };
    out.push(("days", days));
    out.push(("from_string", Value::False));
    out
}

/// The integer a text starts with (`strtoll`), 0 when none.
fn leading_long(text: &[u8]) -> i64 {
    let t = String::from_utf8_lossy(text);
    let t = t.trim_start();
    let end = t
        .char_indices()
        .find(|&(i, c)| !(c.is_ascii_digit() || (i == 0 && (c == '-' || c == '+'))))
        .map_or(t.len(), |(i, _)| i);
    t[..end].parse().unwrap_or(0)
}

impl State {
    /// The state `state` describes, None when it is not valid (`func` warns of an
    /// unknown zone name, as timezone_initialize does).
    fn read(vm: &mut Vm, kind: Kind, state: &PhpArray, func: &str) -> Option<State> {
        match kind {
            Kind::Date | Kind::Immutable => return moment_from(state).map(State::Date),
            Kind::Interval => return Some(State::Interval(interval_from(state))),
            Kind::Zone => {}
        }
        // timezone_initialize: the type must be an int, but the name alone decides.
        let name = long_field(state, "timezone_type").and(string_field(state, "timezone"))?;
        if name.contains('\0') {
            vm.warning(&format!("{func}(): Timezone must not contain null bytes"));
            return None;
        }
        let zone = zone_from_name(&name);
        if zone.is_none() {
            vm.warning(&format!("{func}(): Unknown or bad timezone ({name})"));
        }
        zone.map(State::Zone)
    }

    fn store(&self, o: &PhpObject) {
        match self {
            State::Date(m) => store(o, m),
            State::Zone(z) => store_zone(o, z),
            State::Interval(fields) => {
                for (name, v) in fields {
                    o.set_prop(name, v.clone());
                }
            }
        }
    }
}

/// The members other than the state fields, as `restore_custom_*_properties` keeps
/// them: string keys, no references.
fn custom(kind: Kind, state: &PhpArray) -> PhpArray {
    let mut out = PhpArray::new();
    for (k, v) in state.iter() {
        let ArrayKey::Str(name) = &k else { continue };
        let internal = kind.fields().iter().any(|f| f.as_bytes() == &name[..]);
        if !internal && !matches!(v, Value::Reference(_)) {
            out.insert(k.clone(), v.clone());
        }
    }
    out
}

fn this(vm: &mut Vm, ctx: &MethodCtx) -> Result<Rc<PhpObject>, Unwind> {
    ctx.this
        .clone()
        .ok_or_else(|| vm.throw_error("Error", "no $this".into()))
}

/// `__serialize()`: the state fields, then the other properties.
pub(super) fn serialize(vm: &mut Vm, ctx: &MethodCtx, _: &mut [Value]) -> R {
    let o = this(vm, ctx)?;
    let kind = Kind::of(&o.class);
    let mut out = PhpArray::new();
    let fields: &[&str] = match kind {
        Kind::Interval if o.prop("from_string").to_bool() => &["from_string", "date_string"],
        Kind::Interval => &INTERVAL_FIELDS[..10],
        _ => kind.fields(),
    };
    for f in fields {
        out.insert(ArrayKey::from_bytes(f.as_bytes()), o.prop(f));
    }
    for (k, v) in o.prop_table().iter() {
        let internal =
            matches!(&k, ArrayKey::Str(n) if kind.fields().iter().any(|f| f.as_bytes() == &n[..]));
        if !internal && out.get(&k).is_none() {
            out.insert(k.clone(), v.deref());
        }
    }
    Ok(Value::from(out))
}

/// `__unserialize(array $data)`: the other members are restored first, so they come
/// before the state fields in dumps, as in PHP (which adds those last).
pub(super) fn unserialize(vm: &mut Vm, ctx: &MethodCtx, args: &mut [Value]) -> R {
    let o = this(vm, ctx)?;
    let kind = Kind::of(&o.class);
    let func = format!("{}::__unserialize", kind.name());
    let state = arg_array(vm, args, 0, &func)?;
    let Some(read) = State::read(vm, kind, &state, &func) else {
        let msg = format!("Invalid serialization data for {} object", kind.name());
        return Err(vm.throw_error("Error", msg));
    };
    super::spl::restore_props(vm, &o, &custom(kind, &state))?;
    read.store(&o);
    Ok(Value::Null)
}

/// `__wakeup()`: the state read back from the properties.
pub(super) fn wakeup(vm: &mut Vm, ctx: &MethodCtx, _: &mut [Value]) -> R {
    let o = this(vm, ctx)?;
    let kind = Kind::of(&o.class);
    let func = format!("{}::__wakeup", kind.name());
    match State::read(vm, kind, &o.prop_table(), &func) {
        Some(read) => read.store(&o),
        None => return Err(vm.throw_error("Error", failure(kind))),
    }
    Ok(Value::Null)
}

fn failure(kind: Kind) -> String {
    match kind {
        Kind::Zone => "Timezone initialization failed".into(),
        _ => format!("Invalid serialization data for {} object", kind.name()),
    }
}

/// `__set_state(array $array)`: a new DateTime, DateTimeImmutable or DateTimeZone
/// (not of the class called on); other members are ignored.
pub(super) fn set_state(vm: &mut Vm, ctx: &MethodCtx, args: &mut [Value]) -> R {
    let kind = Kind::of(&ctx.class);
    let func = format!("{}::__set_state", kind.name());
    let state = arg_array(vm, args, 0, &func)?;
    // php_date_instantiate of the base class, whichever class was called.
    let lc = kind.name().to_ascii_lowercase();
    let class = super::native::native_class(&lc)
        .ok_or_else(|| vm.throw_error("Error", format!("Class \"{lc}\" not found")))?;
    let o = vm.instantiate(&class)?;
    match State::read(vm, kind, &state, &func) {
        Some(read) => read.store(&o),
        None => return Err(vm.throw_error("Error", failure(kind))),
    }
    Ok(Value::Object(o))
}
