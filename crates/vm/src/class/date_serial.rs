//! How dates and zones are rebuilt from and written to arrays: `__serialize()`,
//! `__unserialize()`, `__wakeup()` and `__set_state()` of `DateTime`,
//! `DateTimeImmutable` and `DateTimeZone`. The state fields (`date`,
//! `timezone_type`, `timezone`) are checked and read as php_date.c's
//! `*_initialize_from_hash` do; other members are the object's own properties.

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

/// What an object of `class` is for these methods.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Date,
    Immutable,
    Zone,
}

impl Kind {
    fn of(class: &super::ClassEntry) -> Kind {
        if class.instance_of_name(b"datetimeimmutable") {
            Kind::Immutable
        } else if class.instance_of_name(b"datetimeinterface") {
            Kind::Date
        } else {
            Kind::Zone
        }
    }

    fn name(self) -> &'static str {
        match self {
            Kind::Date => "DateTime",
            Kind::Immutable => "DateTimeImmutable",
            Kind::Zone => "DateTimeZone",
        }
    }

    fn fields(self) -> &'static [&'static str] {
        match self {
            Kind::Zone => ZONE_FIELDS,
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

/// A date's or a zone's state.
enum State {
    Date(Moment),
    Zone(Zone),
}

impl State {
    /// The state `state` describes, None when it is not valid (`func` warns of an
    /// unknown zone name, as timezone_initialize does).
    fn read(vm: &mut Vm, kind: Kind, state: &PhpArray, func: &str) -> Option<State> {
        if kind != Kind::Zone {
            return moment_from(state).map(State::Date);
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
    for f in kind.fields() {
        out.insert(ArrayKey::from_bytes(f.as_bytes()), o.prop(f));
    }
    for (k, v) in o.prop_table().iter() {
        if out.get(&k).is_none() {
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
