//! ext/date's `DatePeriod`: a start date stepped by a `DateInterval` up to an end
//! date or a number of recurrences. Its state is PHP's readonly properties (`start`,
//! `current`, `end`, `interval`, `recurrences`, `include_start_date`,
//! `include_end_date`), so dumps show what PHP's do.

use std::rc::Rc;

use super::date::{init, is_immutable, load, parse_duration, plus_interval, store, Moment};
use super::{MethodCtx, NativeClass, NativeConst, NativeMethod, NativeProp};
use crate::array::PhpArray;
use crate::builtins::args::{arg_array, get};
use crate::object::PhpObject;
use crate::value::{ArrayKey, Value};
use crate::vm::{Unwind, Vm};

type R = Result<Value, Unwind>;

const EXCLUDE_START_DATE: i64 = 1;
const INCLUDE_END_DATE: i64 = 2;

const fn prop(name: &'static str) -> NativeProp {
    NativeProp {
        name,
        flags: miniphp_compiler::member::PUBLIC | miniphp_compiler::member::READONLY,
        default: NativeConst::Null,
        ty: 0,
    }
}

pub const CLASSES: &[NativeClass] = &[NativeClass {
    name: "DatePeriod",
    interfaces: &["IteratorAggregate"],
    consts: &[
        ("EXCLUDE_START_DATE", NativeConst::Long(EXCLUDE_START_DATE)),
        ("INCLUDE_END_DATE", NativeConst::Long(INCLUDE_END_DATE)),
    ],
    props: &[
        prop("start"),
        prop("current"),
        prop("end"),
        prop("interval"),
        prop("recurrences"),
        prop("include_start_date"),
        prop("include_end_date"),
    ],
    methods: &[
        NativeMethod::new(
            "__construct",
            construct,
            &["start", "interval", "end", "options"],
            0,
        ),
        NativeMethod::new("getStartDate", get_start_date, &[], 0),
        NativeMethod::new("getEndDate", get_end_date, &[], 0),
        NativeMethod::new("getDateInterval", get_date_interval, &[], 0),
        NativeMethod::new("getRecurrences", get_recurrences, &[], 0),
        NativeMethod::new("getIterator", get_iterator, &[], 0),
        NativeMethod::new("__serialize", serialize, &[], 0),
        NativeMethod::new("__unserialize", unserialize, &["data"], 1),
        NativeMethod::new("__wakeup", wakeup, &[], 0),
        NativeMethod::new("__set_state", set_state, &["array"], 1)
            .with_flags(miniphp_compiler::flags::STATIC),
    ],
    ..NativeClass::EMPTY
}];

fn this(vm: &mut Vm, ctx: &MethodCtx) -> Result<Rc<PhpObject>, Unwind> {
    ctx.this
        .clone()
        .ok_or_else(|| vm.throw_error("Error", "DatePeriod method called statically".into()))
}

fn class(vm: &mut Vm, lc: &str) -> Result<Rc<super::ClassEntry>, Unwind> {
    super::native::native_class(lc)
        .ok_or_else(|| vm.throw_error("Error", format!("Class \"{lc}\" not found")))
}

/// A new date of the period's class (DateTimeImmutable for an immutable start,
/// DateTime otherwise, as PHP's `start_ce`) holding `d`'s moment.
fn copy_date(vm: &mut Vm, d: &PhpObject) -> Result<Rc<PhpObject>, Unwind> {
    let lc = if is_immutable(d) {
        "datetimeimmutable"
    } else {
        "datetime"
    };
    let c = class(vm, lc)?;
    let o = vm.instantiate(&c)?;
    store(&o, &load(d));
    Ok(o)
}

fn copy_interval(vm: &mut Vm, iv: &PhpObject) -> Result<Rc<PhpObject>, Unwind> {
    let c = class(vm, "dateinterval")?;
    let o = vm.instantiate(&c)?;
    for (k, v) in iv.std_prop_table().iter() {
        if let crate::value::ArrayKey::Str(name) = k {
            o.set_prop(&String::from_utf8_lossy(&name), v.clone());
        }
    }
    Ok(o)
}

fn signature_error(vm: &mut Vm) -> Unwind {
    vm.throw_error(
        "TypeError",
        "DatePeriod::__construct() accepts (DateTimeInterface, DateInterval, int [, int]), or \
         (DateTimeInterface, DateInterval, DateTime [, int]), or (string [, int]) as arguments"
            .into(),
    )
}

/// The period's parts before they become properties.
struct Parts {
    start: Rc<PhpObject>,
    interval: Rc<PhpObject>,
    end: Option<Rc<PhpObject>>,
    recurrences: i64,
    options: Value,
}

/// `new DatePeriod('R4/2012-07-01T00:00:00Z/P7D')`: recurrences, start, interval and
/// an optional end, ISO 8601 style, in any order (timelib_strtointerval).
fn parse_iso(vm: &mut Vm, text: &[u8], options: Value) -> Result<Parts, Unwind> {
    let shown = String::from_utf8_lossy(text).into_owned();
    let bad = |vm: &mut Vm| vm.throw_error("Exception", format!("Unknown or bad format ({shown})"));
    let (mut recurrences, mut interval, mut dates) = (0, None, Vec::new());
    for piece in text.split(|&c| c == b'/') {
        match piece.first() {
            Some(b'R') => {
                let n = std::str::from_utf8(&piece[1..])
                    .ok()
                    .and_then(|n| n.parse().ok());
                recurrences = n.ok_or_else(|| bad(vm))?;
            }
            Some(b'P') => interval = Some(parse_duration(piece).ok_or_else(|| bad(vm))?),
            _ => {
                let c = class(vm, "datetime")?;
                let o = vm.instantiate(&c)?;
                let arg = [Value::from(piece.to_vec())];
                match init(vm, &o, &arg, "DatePeriod::__construct")? {
                    (_, true) => dates.push(o),
                    _ => return Err(bad(vm)),
                }
            }
        }
    }
    let missing = |vm: &mut Vm, what: &str| {
        vm.throw_error(
            "Exception",
            format!(
                "DatePeriod::__construct(): ISO interval must contain {what}, \"{shown}\" given"
            ),
        )
    };
    let mut dates = dates.into_iter();
    let Some(start) = dates.next() else {
        return Err(missing(vm, "a start date"));
    };
    let Some(f) = interval else {
        return Err(missing(vm, "an interval"));
    };
    let end = dates.next();
    if end.is_none() && recurrences == 0 {
        return Err(missing(vm, "an end date or a recurrence count"));
    }
    let c = class(vm, "dateinterval")?;
    let interval = vm.instantiate(&c)?;
    for (name, v) in ["y", "m", "d", "h", "i", "s"].into_iter().zip(f) {
        interval.set_prop(name, Value::Long(v));
    }
    interval.set_prop("f", Value::Double(0.0));
    Ok(Parts {
        start,
        interval,
        end,
        recurrences,
        options,
    })
}

fn construct(vm: &mut Vm, ctx: &MethodCtx, args: &mut [Value]) -> R {
    let o = this(vm, ctx)?;
    let is_date =
        |v: &Value| matches!(v, Value::Object(d) if d.class.instance_of_name(b"datetimeinterface"));
    let parts = match (get(args, 0), get(args, 1), get(args, 2)) {
        (Value::String(s), _, _) if args.len() <= 2 => parse_iso(vm, &s, get(args, 1))?,
        (Value::Object(start), Value::Object(iv), end)
            if is_date(&get(args, 0)) && iv.class.instance_of_name(b"dateinterval") =>
        {
            let (end, recurrences) = match end {
                d @ Value::Object(_) if is_date(&d) => match d {
                    Value::Object(d) => (Some(d), 0),
                    _ => unreachable!("matched an object"),
                },
                Value::Long(n) => (None, n),
                _ => return Err(signature_error(vm)),
            };
            super::date::check_initialized_as(vm, &start, "DateTimeInterface")?;
            if let Some(e) = &end {
                super::date::check_initialized_as(vm, e, "DateTimeInterface")?;
            }
            Parts {
                start: copy_date(vm, &start)?,
                interval: copy_interval(vm, &iv)?,
                end: match end {
                    Some(e) => Some(copy_date(vm, &e)?),
                    None => None,
                },
                recurrences,
                options: get(args, 3),
            }
        }
        _ => return Err(signature_error(vm)),
    };
    if parts.end.is_none() && parts.recurrences < 1 {
        return Err(vm.throw_error(
            "Exception",
            "DatePeriod::__construct(): Recurrence count must be greater than 0".into(),
        ));
    }
    let options = match parts.options {
        Value::Null | Value::Undef => 0,
        v => v.to_long(),
    };
    let include_start = options & EXCLUDE_START_DATE == 0;
    let include_end = options & INCLUDE_END_DATE != 0;
    o.set_prop("start", Value::Object(parts.start));
    o.set_prop("current", Value::Null);
    o.set_prop("end", parts.end.map_or(Value::Null, Value::Object));
    o.set_prop("interval", Value::Object(parts.interval));
    // PHP counts the included start and end among the recurrences.
    let recurrences = parts.recurrences + include_start as i64 + include_end as i64;
    o.set_prop("recurrences", Value::Long(recurrences));
    o.set_prop("include_start_date", Value::from(include_start));
    o.set_prop("include_end_date", Value::from(include_end));
    Ok(Value::Null)
}

/// A property holding an object, or None (an uninitialised period).
fn object_prop(o: &PhpObject, name: &str) -> Option<Rc<PhpObject>> {
    match o.prop(name) {
        Value::Object(d) => Some(d),
        _ => None,
    }
}

/// A period whose constructor did not run (DATE_CHECK_INITIALIZED).
fn uninitialized(vm: &mut Vm) -> Unwind {
    vm.throw_error(
        "Error",
        "The DatePeriod object has not been correctly initialized by its constructor".into(),
    )
}

fn get_start_date(vm: &mut Vm, ctx: &MethodCtx, _: &mut [Value]) -> R {
    let o = this(vm, ctx)?;
    match object_prop(&o, "start") {
        Some(d) => Ok(Value::Object(copy_date(vm, &d)?)),
        None => Err(uninitialized(vm)),
    }
}

fn get_end_date(vm: &mut Vm, ctx: &MethodCtx, _: &mut [Value]) -> R {
    let o = this(vm, ctx)?;
    match object_prop(&o, "end") {
        Some(d) => Ok(Value::Object(copy_date(vm, &d)?)),
        None => Ok(Value::Null),
    }
}

fn get_date_interval(vm: &mut Vm, ctx: &MethodCtx, _: &mut [Value]) -> R {
    let o = this(vm, ctx)?;
    match object_prop(&o, "interval") {
        Some(iv) => Ok(Value::Object(copy_interval(vm, &iv)?)),
        None => Err(uninitialized(vm)),
    }
}

/// The recurrences given to the constructor, null when an end date was.
fn get_recurrences(vm: &mut Vm, ctx: &MethodCtx, _: &mut [Value]) -> R {
    let o = this(vm, ctx)?;
    let given = o.prop("recurrences").to_long()
        - o.prop("include_start_date").to_bool() as i64
        - o.prop("include_end_date").to_bool() as i64;
    Ok(if given == 0 {
        Value::Null
    } else {
        Value::Long(given)
    })
}

/// The internal iterator stepping a period one date at a time (PHP's `date_period_it`;
/// the `iteration_*` functions below are its steps).
fn period_iterator(vm: &mut Vm, period: Rc<PhpObject>) -> Result<Rc<PhpObject>, Unwind> {
    super::spl::iterators::internal_iterator(
        vm,
        super::spl::iterators::Source::Period,
        Value::Object(period),
        Vec::new(),
    )
}

/// `getIterator()`: PHP wraps its engine iterator in an InternalIterator object, so
/// that takes a second object handle (kept for the iterator's life).
fn get_iterator(vm: &mut Vm, ctx: &MethodCtx, _: &mut [Value]) -> R {
    let o = this(vm, ctx)?;
    let engine = class(vm, "internaliterator")?;
    let engine = PhpObject::with_slots(&engine, Vec::new());
    let it = period_iterator(vm, o)?;
    super::spl::iterators::keep_alive(&it, Value::Object(engine));
    Ok(Value::Object(it))
}

/// A foreach over a period: the engine iterator alone (one handle), unless a subclass
/// overrides `getIterator()`, which the foreach then calls.
pub(super) fn foreach_iterator(
    vm: &mut Vm,
    o: &Rc<PhpObject>,
) -> Result<Option<Rc<PhpObject>>, Unwind> {
    let overridden = o
        .class
        .find_method(b"getiterator")
        .is_some_and(|m| matches!(m.body, super::MethodBody::User { .. }));
    if overridden {
        return Ok(None);
    }
    Ok(Some(period_iterator(vm, o.clone())?))
}

/// Where an iteration starts (`date_period_it_rewind`): the start, one interval on
/// when the start date is excluded.
pub(super) fn iteration_start(vm: &mut Vm, period: &PhpObject) -> Result<Moment, Unwind> {
    let (Some(start), Some(iv)) = (
        object_prop(period, "start"),
        object_prop(period, "interval"),
    ) else {
        return Err(vm.throw_error(
            "Error",
            "DatePeriod has not been initialized correctly".into(),
        ));
    };
    let at = load(&start);
    Ok(if period.prop("include_start_date").to_bool() {
        at
    } else {
        plus_interval(&at, &iv, 1)
    })
}

/// Whether the iteration at `at`, its `index`th date, is still inside the period:
/// before the end (or on it, when included), or within the recurrences.
pub(super) fn iteration_has_more(period: &PhpObject, at: &Moment, index: usize) -> bool {
    match object_prop(period, "end") {
        Some(e) if period.prop("include_end_date").to_bool() => at.ts <= load(&e).ts,
        Some(e) => at.ts < load(&e).ts,
        None => (index as i64) < period.prop("recurrences").to_long(),
    }
}

/// The iteration's current date: a new DateTime or DateTimeImmutable (the start's
/// base class) each time it is asked for, as PHP's iterator makes one.
pub(super) fn iteration_current(vm: &mut Vm, period: &PhpObject, at: &Moment) -> R {
    let Some(start) = object_prop(period, "start") else {
        return Err(uninitialized(vm));
    };
    let d = copy_date(vm, &start)?;
    store(&d, at);
    Ok(Value::Object(d))
}

/// One step on (`date_period_it_move_forward`): the next date, which the period's
/// `current` property then shows.
pub(super) fn iteration_advance(
    vm: &mut Vm,
    period: &PhpObject,
    at: &Moment,
) -> Result<Moment, Unwind> {
    let (Some(start), Some(iv)) = (
        object_prop(period, "start"),
        object_prop(period, "interval"),
    ) else {
        return Err(uninitialized(vm));
    };
    let next = plus_interval(at, &iv, 1);
    let current = copy_date(vm, &start)?;
    store(&current, &next);
    period.set_prop("current", Value::Object(current));
    Ok(next)
}

/// The state properties, in PHP's order.
const FIELDS: [&str; 7] = [
    "start",
    "current",
    "end",
    "interval",
    "recurrences",
    "include_start_date",
    "include_end_date",
];

/// The state `state` describes (`php_date_period_initialize_from_hash`): dates or
/// null, a DateInterval, a count within an int and two booleans, each copied.
fn state_from(vm: &mut Vm, state: &PhpArray) -> Result<Option<Vec<Value>>, Unwind> {
    let field = |name: &str| {
        state
            .get(&ArrayKey::from_bytes(name.as_bytes()))
            .map(Value::deref)
    };
    let mut out = Vec::with_capacity(FIELDS.len());
    for name in &FIELDS[..3] {
        out.push(match field(name) {
            Some(Value::Object(d)) if d.class.instance_of_name(b"datetimeinterface") => {
                Value::Object(copy_date(vm, &d)?)
            }
            Some(Value::Null) => Value::Null,
            _ => return Ok(None),
        });
    }
    match field("interval") {
        Some(Value::Object(iv)) if iv.class.name.eq_ignore_ascii_case("DateInterval") => {
            out.push(Value::Object(copy_interval(vm, &iv)?));
        }
        _ => return Ok(None),
    }
    match field("recurrences") {
        Some(Value::Long(n)) if (0..=i64::from(i32::MAX)).contains(&n) => out.push(Value::Long(n)),
        _ => return Ok(None),
    }
    for name in &FIELDS[5..] {
        match field(name) {
            Some(b @ (Value::True | Value::False)) => out.push(b),
            _ => return Ok(None),
        }
    }
    Ok(Some(out))
}

fn invalid(vm: &mut Vm) -> Unwind {
    vm.throw_error(
        "Error",
        "Invalid serialization data for DatePeriod object".into(),
    )
}

fn store_state(o: &PhpObject, values: Vec<Value>) {
    for (name, v) in FIELDS.iter().zip(values) {
        o.set_prop(name, v);
    }
}

/// `__serialize()`: the state (dates and interval copied), then other properties.
fn serialize(vm: &mut Vm, ctx: &MethodCtx, _: &mut [Value]) -> R {
    let o = this(vm, ctx)?;
    let mut out = PhpArray::new();
    for name in FIELDS {
        let v = match o.prop(name) {
            Value::Object(d) if name == "interval" => Value::Object(copy_interval(vm, &d)?),
            Value::Object(d) => Value::Object(copy_date(vm, &d)?),
            v => v,
        };
        out.insert(ArrayKey::from_bytes(name.as_bytes()), v);
    }
    for (k, v) in o.prop_table().iter() {
        if out.get(&k).is_none() {
            out.insert(k.clone(), v.deref());
        }
    }
    Ok(Value::from(out))
}

/// `__unserialize(array $data)`: the state, then the other string-keyed members.
fn unserialize(vm: &mut Vm, ctx: &MethodCtx, args: &mut [Value]) -> R {
    let o = this(vm, ctx)?;
    let state = arg_array(vm, args, 0, "DatePeriod::__unserialize")?;
    let Some(values) = state_from(vm, &state)? else {
        return Err(invalid(vm));
    };
    store_state(&o, values);
    let mut custom = PhpArray::new();
    for (k, v) in state.iter() {
        let ArrayKey::Str(name) = &k else { continue };
        let internal = FIELDS.iter().any(|f| f.as_bytes() == &name[..]);
        if !internal && !matches!(v, Value::Reference(_)) {
            custom.insert(k.clone(), v.clone());
        }
    }
    super::spl::restore_props(vm, &o, &custom)?;
    Ok(Value::Null)
}

/// `__wakeup()`: the state read back from the properties.
fn wakeup(vm: &mut Vm, ctx: &MethodCtx, _: &mut [Value]) -> R {
    let o = this(vm, ctx)?;
    let Some(values) = state_from(vm, &o.prop_table())? else {
        return Err(invalid(vm));
    };
    store_state(&o, values);
    Ok(Value::Null)
}

/// `DatePeriod::__set_state(array $array)`: a new DatePeriod (whatever class is
/// called) with that state.
fn set_state(vm: &mut Vm, _: &MethodCtx, args: &mut [Value]) -> R {
    let state = arg_array(vm, args, 0, "DatePeriod::__set_state")?;
    let c = class(vm, "dateperiod")?;
    let o = vm.instantiate(&c)?;
    let Some(values) = state_from(vm, &state)? else {
        return Err(invalid(vm));
    };
    store_state(&o, values);
    Ok(Value::Object(o))
}
