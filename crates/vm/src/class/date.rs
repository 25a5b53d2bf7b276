//! ext/date's classes: `DateTimeInterface`, `DateTime`, `DateTimeImmutable`,
//! `DateTimeZone`, `DateInterval`.
//!
//! A date object keeps its state in the three properties PHP shows for it
//! (`date` as `Y-m-d H:i:s.u` wall time, `timezone_type`, `timezone`), so dumps,
//! `json_encode`, `serialize`, clones and comparisons see what PHP's do.

use std::rc::Rc;

use miniphp_compiler::flags as fn_flags;

use super::date_serial as serial;
use super::{ClassEntry, MethodCtx, NativeClass, NativeConst, NativeMethod, NativeProp};
use crate::builtins::args::{arg_long, arg_str, func, get, has, opt_bool, opt_long};
use crate::builtins::date::calendar::{
    civil_from_days, days_from_civil, days_in_month, local_seconds, Local, Zone,
};
use crate::builtins::date::{default_zone, format, now, parse};
use crate::builtins::BuiltinSpec;
use crate::object::{Native, PhpObject};
use crate::value::Value;
use crate::vm::{Unwind, Vm};

type R = Result<Value, Unwind>;

const IFACE: u32 = miniphp_compiler::class_flags::INTERFACE;

const FORMATS: &[(&str, NativeConst)] = &[
    ("ATOM", NativeConst::Str("Y-m-d\\TH:i:sP")),
    ("COOKIE", NativeConst::Str("l, d-M-Y H:i:s T")),
    ("ISO8601", NativeConst::Str("Y-m-d\\TH:i:sO")),
    ("RFC822", NativeConst::Str("D, d M y H:i:s O")),
    ("RFC850", NativeConst::Str("l, d-M-y H:i:s T")),
    ("RFC1036", NativeConst::Str("D, d M y H:i:s O")),
    ("RFC1123", NativeConst::Str("D, d M Y H:i:s O")),
    ("RFC7231", NativeConst::Str("D, d M Y H:i:s \\G\\M\\T")),
    ("RFC2822", NativeConst::Str("D, d M Y H:i:s O")),
    ("RFC3339", NativeConst::Str("Y-m-d\\TH:i:sP")),
    ("RFC3339_EXTENDED", NativeConst::Str("Y-m-d\\TH:i:s.vP")),
    ("RSS", NativeConst::Str("D, d M Y H:i:s O")),
    ("W3C", NativeConst::Str("Y-m-d\\TH:i:sP")),
];

const DATE_METHODS: &[NativeMethod] = &[
    NativeMethod::new("__construct", construct, &["datetime", "timezone"], 0),
    NativeMethod::new("format", format_method, &["format"], 1),
    NativeMethod::new("modify", modify, &["modifier"], 1),
    NativeMethod::new("getTimestamp", get_timestamp, &[], 0),
    NativeMethod::new("setTimestamp", set_timestamp, &["timestamp"], 1),
    NativeMethod::new("setDate", set_date, &["year", "month", "day"], 3),
    NativeMethod::new(
        "setTime",
        set_time,
        &["hour", "minute", "second", "microsecond"],
        2,
    ),
    NativeMethod::new(
        "setISODate",
        set_iso_date,
        &["year", "week", "dayOfWeek"],
        2,
    ),
    NativeMethod::new("setTimezone", set_timezone, &["timezone"], 1),
    NativeMethod::new("getTimezone", get_timezone, &[], 0),
    NativeMethod::new("getOffset", get_offset, &[], 0),
    NativeMethod::new("add", add, &["interval"], 1),
    NativeMethod::new("sub", sub, &["interval"], 1),
    NativeMethod::new("diff", diff, &["targetObject", "absolute"], 1),
    NativeMethod::new(
        "createFromFormat",
        create_from_format,
        &["format", "datetime", "timezone"],
        2,
    )
    .with_flags(fn_flags::STATIC),
    NativeMethod::new("createFromInterface", create_from_interface, &["object"], 1)
        .with_flags(fn_flags::STATIC),
    NativeMethod::new("getLastErrors", get_last_errors, &[], 0).with_flags(fn_flags::STATIC),
    NativeMethod::new("__set_state", serial::set_state, &["array"], 1).with_flags(fn_flags::STATIC),
    NativeMethod::new("__serialize", serial::serialize, &[], 0),
    NativeMethod::new("__unserialize", serial::unserialize, &["data"], 1),
    NativeMethod::new("__wakeup", serial::wakeup, &[], 0),
    NativeMethod::new("createFromImmutable", create_from_immutable, &["object"], 1)
        .with_flags(fn_flags::STATIC),
    NativeMethod::new("createFromMutable", create_from_mutable, &["object"], 1)
        .with_flags(fn_flags::STATIC),
];

const INTERVAL_PROPS: &[NativeProp] = &[
    prop("y", NativeConst::Long(0)),
    prop("m", NativeConst::Long(0)),
    prop("d", NativeConst::Long(0)),
    prop("h", NativeConst::Long(0)),
    prop("i", NativeConst::Long(0)),
    prop("s", NativeConst::Long(0)),
    prop("f", NativeConst::Long(0)),
    prop("invert", NativeConst::Long(0)),
    prop("days", NativeConst::Bool(false)),
    prop("from_string", NativeConst::Bool(false)),
];

const fn prop(name: &'static str, default: NativeConst) -> NativeProp {
    NativeProp {
        name,
        flags: miniphp_compiler::member::PUBLIC,
        default,
        ty: 0,
    }
}

/// DateTimeZone's region bits (`listIdentifiers`' `$timezoneGroup`).
const ZONE_GROUPS: &[(&str, NativeConst)] = &[
    ("AFRICA", NativeConst::Long(1)),
    ("AMERICA", NativeConst::Long(2)),
    ("ANTARCTICA", NativeConst::Long(4)),
    ("ARCTIC", NativeConst::Long(8)),
    ("ASIA", NativeConst::Long(16)),
    ("ATLANTIC", NativeConst::Long(32)),
    ("AUSTRALIA", NativeConst::Long(64)),
    ("EUROPE", NativeConst::Long(128)),
    ("INDIAN", NativeConst::Long(256)),
    ("PACIFIC", NativeConst::Long(512)),
    ("UTC", NativeConst::Long(1024)),
    ("ALL", NativeConst::Long(2047)),
    ("ALL_WITH_BC", NativeConst::Long(4095)),
    ("PER_COUNTRY", NativeConst::Long(4096)),
];

pub const CLASSES: &[NativeClass] = &[
    NativeClass {
        name: "DateTimeInterface",
        flags: IFACE,
        consts: FORMATS,
        methods: &[
            NativeMethod::abstract_("format", &["format"]),
            NativeMethod::abstract_("getTimezone", &[]),
            NativeMethod::abstract_("getOffset", &[]),
            NativeMethod::abstract_("getTimestamp", &[]),
            NativeMethod::abstract_("diff", &["targetObject", "absolute"]),
        ],
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "DateTime",
        interfaces: &["DateTimeInterface"],
        methods: DATE_METHODS,
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "DateTimeImmutable",
        interfaces: &["DateTimeInterface"],
        methods: DATE_METHODS,
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "DateTimeZone",
        consts: ZONE_GROUPS,
        methods: &[
            NativeMethod::new("__construct", zone_construct, &["timezone"], 1),
            NativeMethod::new("getName", zone_get_name, &[], 0),
            NativeMethod::new("getOffset", zone_get_offset, &["datetime"], 1),
            NativeMethod::new(
                "getTransitions",
                zone_get_transitions,
                &["timestampBegin", "timestampEnd"],
                0,
            ),
            NativeMethod::new("__set_state", serial::set_state, &["array"], 1)
                .with_flags(fn_flags::STATIC),
            NativeMethod::new("__serialize", serial::serialize, &[], 0),
            NativeMethod::new("__unserialize", serial::unserialize, &["data"], 1),
            NativeMethod::new("__wakeup", serial::wakeup, &[], 0),
            NativeMethod::new("getLocation", zone_get_location, &[], 0),
            NativeMethod::new("listAbbreviations", zone_list_abbreviations, &[], 0)
                .with_flags(fn_flags::STATIC),
            NativeMethod::new(
                "listIdentifiers",
                zone_list_identifiers,
                &["timezoneGroup", "countryCode"],
                0,
            )
            .with_flags(fn_flags::STATIC),
        ],
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "DateInterval",
        props: INTERVAL_PROPS,
        methods: &[
            NativeMethod::new("__construct", interval_construct, &["duration"], 1),
            NativeMethod::new("format", interval_format, &["format"], 1),
            NativeMethod::new("__set_state", serial::set_state, &["array"], 1)
                .with_flags(fn_flags::STATIC),
            NativeMethod::new("__serialize", serial::serialize, &[], 0),
            NativeMethod::new("__unserialize", serial::unserialize, &["data"], 1),
            NativeMethod::new("__wakeup", serial::wakeup, &[], 0),
            NativeMethod::new(
                "createFromDateString",
                interval_from_string,
                &["datetime"],
                1,
            )
            .with_flags(fn_flags::STATIC),
        ],
        ..NativeClass::EMPTY
    },
];

/// A date object's moment.
#[derive(Clone, Debug)]
pub(super) struct Moment {
    pub(super) ts: i64,
    us: i64,
    zone: Zone,
}

impl Moment {
    /// The epoch in UTC, a base for text that names its own date and zone.
    pub(super) fn utc_epoch() -> Moment {
        Moment {
            ts: 0,
            us: 0,
            zone: Zone::utc(),
        }
    }

    /// This moment shown in `zone`.
    pub(super) fn in_zone(self, zone: Zone) -> Moment {
        Moment { zone, ..self }
    }

    fn local(&self) -> Local {
        Local::new(self.ts, self.us, &self.zone)
    }

    /// The moment of wall time `(y, m, d, h, i, s)` (fields may overflow) in this zone.
    fn at_wall(&self, f: [i64; 6], us: i64) -> Moment {
        let local = local_seconds(f[0], f[1], f[2], f[3], f[4], f[5]);
        Moment {
            ts: self.zone.to_timestamp(local),
            us,
            zone: self.zone.clone(),
        }
    }
}

fn this(ctx: &MethodCtx) -> Result<Rc<PhpObject>, String> {
    ctx.this.clone().ok_or_else(|| "no $this".to_string())
}

fn zone_type(z: &Zone) -> i64 {
    match z {
        Zone::Offset(_) => 1,
        Zone::Abbr(..) => 2,
        Zone::Named(..) => 3,
    }
}

pub(super) fn store(o: &PhpObject, m: &Moment) {
    let text = format::format(b"Y-m-d H:i:s.u", &m.local());
    *o.native.borrow_mut() = Native::DateInstant(Box::new((text.clone(), m.ts)));
    o.set_prop("date", Value::from(text));
    o.set_prop("timezone_type", Value::Long(zone_type(&m.zone)));
    o.set_prop("timezone", Value::from(m.zone.name()));
}

/// A zone as its `timezone` property or DateTimeZone's constructor spells it.
pub(super) fn zone_from_name(name: &str) -> Option<Zone> {
    if name.starts_with(['+', '-']) {
        let p = parse::parse(format!("1970-01-01 00:00 {name}").as_bytes())?;
        return p.zone.filter(|z| matches!(z, Zone::Offset(_)));
    }
    Zone::abbr_or_named(name)
}

/// The zone of `timezone_type` `ty` named `name`, as the properties hold it.
pub(super) fn zone_of_type(ty: i64, name: &str) -> Option<Zone> {
    match ty {
        2 => Zone::abbr(name),
        3 => Zone::named(name),
        _ => zone_from_name(name),
    }
}

fn zone_of(o: &PhpObject) -> Zone {
    let name = o.prop("timezone").to_string_lossy(14);
    let ty = o.prop("timezone_type").to_long();
    zone_of_type(ty, &String::from_utf8_lossy(&name)).unwrap_or_else(Zone::utc)
}

pub(super) fn load(o: &PhpObject) -> Moment {
    let zone = zone_of(o);
    let text = o.prop("date").to_string_lossy(14);
    let text = String::from_utf8_lossy(&text);
    let n =
        |r: std::ops::Range<usize>| text.get(r).and_then(|s| s.parse::<i64>().ok()).unwrap_or(0);
    // `Y-m-d H:i:s.u`, the year possibly signed and longer than 4 digits.
    let dash = text.get(1..).and_then(|t| t.find('-')).map_or(4, |p| p + 1);
    let y = text
        .get(..dash)
        .and_then(|s| s.parse().ok())
        .unwrap_or(1970);
    let b = dash + 1;
    let f = [
        y,
        n(b..b + 2),
        n(b + 3..b + 5),
        n(b + 6..b + 8),
        n(b + 9..b + 11),
        n(b + 12..b + 14),
    ];
    let base = Moment { ts: 0, us: 0, zone };
    let mut m = base.at_wall(f, n(b + 15..b + 21));
    // The instant stored with this very text settles a repeated wall time.
    if let Native::DateInstant(saved) = &*o.native.borrow() {
        if saved.0 == text.as_bytes() {
            m.ts = saved.1;
        }
    }
    m
}

/// `$a <=> $b` for two dates (`date_object_compare_date`): by instant, whatever
/// their zones; None unless both are initialised DateTimeInterface objects.
pub fn compare(a: &PhpObject, b: &PhpObject) -> Option<i32> {
    let date = |o: &PhpObject| {
        (o.class.instance_of_name(b"datetimeinterface")
            && matches!(o.prop("date"), Value::String(_)))
        .then(|| load(o))
    };
    let (x, y) = (date(a)?, date(b)?);
    Some((x.ts, x.us).cmp(&(y.ts, y.us)) as i32)
}

pub(super) fn is_immutable(o: &PhpObject) -> bool {
    o.class.instance_of_name(b"datetimeimmutable")
}

/// A modifying method's result: `$this` changed, or for an immutable a changed copy.
fn changed(vm: &mut Vm, o: Rc<PhpObject>, m: &Moment) -> R {
    let target = if is_immutable(&o) {
        let class = o.class.clone();
        vm.instantiate(&class)?
    } else {
        o
    };
    store(&target, m);
    Ok(Value::Object(target))
}

/// `$this` of a method; a date or zone whose constructor did not run (a subclass
/// constructor not calling its parent's) is an Error, as DATE_CHECK_INITIALIZED.
fn method_this(vm: &mut Vm, ctx: &MethodCtx) -> Result<Rc<PhpObject>, Unwind> {
    let o = this(ctx).map_err(|e| vm.throw_error("Error", e))?;
    check_initialized(vm, &o)?;
    Ok(o)
}

/// Error unless `o`, a date or a zone, holds its state.
fn check_initialized(vm: &mut Vm, o: &PhpObject) -> Result<(), Unwind> {
    check_initialized_as(vm, o, "DateTime")
}

/// [`check_initialized`], a date named `class` in the message (php_date.c names the
/// type each function checks: DateTime mostly, DateTimeInterface for diff()).
pub(super) fn check_initialized_as(vm: &mut Vm, o: &PhpObject, class: &str) -> Result<(), Unwind> {
    let (field, class) = if o.class.instance_of_name(b"datetimeinterface") {
        ("date", class)
    } else if o.class.instance_of_name(b"datetimezone") {
        ("timezone", "DateTimeZone")
    } else {
        return Ok(());
    };
    if matches!(o.prop(field), Value::String(_)) {
        return Ok(());
    }
    Err(vm.throw_error(
        "Error",
        format!("The {class} object has not been correctly initialized by its constructor"),
    ))
}

fn date_name(ctx: &MethodCtx) -> &str {
    if ctx.class.instance_of_name(b"datetimeimmutable") {
        "DateTimeImmutable"
    } else {
        "DateTime"
    }
}

fn zone_arg(vm: &mut Vm, args: &[Value], i: usize) -> Option<Zone> {
    match get(args, i) {
        Value::Object(z) if z.class.instance_of_name(b"datetimezone") => Some(zone_of(&z)),
        _ => {
            let _ = vm;
            None
        }
    }
}

/// Text read against now in `zone`, as the constructor and `strtotime()` do.
pub(super) fn parse_at(text: &[u8], base: &Moment) -> Option<Moment> {
    let p = parse::parse(text)?;
    let (ts, us, zone) = p.resolve(&base.local());
    Some(Moment { ts, us, zone })
}

/// Text applied to the date `cur` (`modify()`): wall times are read with its DST flag.
fn modify_at(text: &[u8], cur: &Moment) -> Option<Moment> {
    let p = parse::parse(text)?;
    let l = cur.local();
    let (ts, us, zone) = p.resolve_modify(&l, l.dst);
    Some(Moment { ts, us, zone })
}

/// The message of a text that does not parse, at the first item not read: a word
/// there is taken for an unknown zone, anything else is unexpected (timelib's
/// first error).
fn parse_failure(text: &[u8]) -> String {
    let at = parse::failure_offset(text).unwrap_or(0);
    let t = String::from_utf8_lossy(text);
    let c = text.get(at).copied();
    let why = match c {
        Some(c) if c.is_ascii_alphabetic() => "The timezone could not be found in the database",
        None => "Empty string",
        _ => "Unexpected character",
    };
    let shown = c.map(|c| (c as char).to_string()).unwrap_or_default();
    format!("Failed to parse time string ({t}) at position {at} ({shown}): {why}")
}

/// Read the constructor's arguments into `o`; false when the text does not parse.
pub(super) fn init(
    vm: &mut Vm,
    o: &PhpObject,
    args: &[Value],
    name: &str,
) -> Result<(Vec<u8>, bool), Unwind> {
    let text = if has(args, 0) {
        arg_str(vm, args, 0, name)?.to_vec()
    } else {
        b"now".to_vec()
    };
    let zone = zone_arg(vm, args, 1).unwrap_or_else(|| default_zone(vm));
    let (ts, us) = now();
    let text = if text.is_empty() {
        b"now".to_vec()
    } else {
        text
    };
    let invalid = parse::parse(&text)
        .and_then(|p| {
            p.date
                .filter(|_| !(p.year_from_base || p.month_from_base || p.day_from_base))
        })
        .is_some_and(|(y, m, d)| !valid_date(y, m, d));
    match parse_at(&text, &Moment { ts, us, zone }) {
        Some(m) => {
            let warnings = if invalid {
                vec![(text.len() + 1, "The parsed date was invalid".to_string())]
            } else {
                Vec::new()
            };
            set_last_errors(warnings, Vec::new());
            store(o, &m);
            Ok((text, true))
        }
        None => {
            let error = "The timezone could not be found in the database".to_string();
            set_last_errors(Vec::new(), vec![(0, error)]);
            Ok((text, false))
        }
    }
}

/// Warnings and errors of a date parse, by position in the text.
type ParseReport = (Vec<(usize, String)>, Vec<(usize, String)>);

thread_local! {
    /// What the last constructor / createFromFormat parse reported; None when it had
    /// neither warnings nor errors (getLastErrors() is then false, as in PHP 8.2).
    static LAST_ERRORS: std::cell::RefCell<Option<ParseReport>> = const { std::cell::RefCell::new(None) };
}

fn set_last_errors(warnings: Vec<(usize, String)>, errors: Vec<(usize, String)>) {
    let report = (!warnings.is_empty() || !errors.is_empty()).then_some((warnings, errors));
    LAST_ERRORS.with(|l| *l.borrow_mut() = report);
}

/// timelib_valid_date: a month 1-12 and a day within it.
fn valid_date(y: i64, m: i64, d: i64) -> bool {
    (1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m)
}

/// `getLastErrors()` / `date_get_last_errors()`. Only the invalid-date warning is
/// placed as timelib places it; a failed parse reports one error at its start.
fn get_last_errors(_vm: &mut Vm, _ctx: &MethodCtx, _args: &mut [Value]) -> R {
    let Some((warnings, errors)) = LAST_ERRORS.with(|l| l.borrow().clone()) else {
        return Ok(Value::False);
    };
    let list = |items: &[(usize, String)]| {
        let mut a = crate::array::PhpArray::new();
        for (pos, msg) in items {
            a.insert(
                crate::value::ArrayKey::Int(*pos as i64),
                Value::from(msg.as_str()),
            );
        }
        Value::from(a)
    };
    let key = |k: &str| crate::value::ArrayKey::from_bytes(k.as_bytes());
    let mut out = crate::array::PhpArray::new();
    out.insert(key("warning_count"), Value::Long(warnings.len() as i64));
    out.insert(key("warnings"), list(&warnings));
    out.insert(key("error_count"), Value::Long(errors.len() as i64));
    out.insert(key("errors"), list(&errors));
    Ok(Value::from(out))
}

fn construct(vm: &mut Vm, ctx: &MethodCtx, args: &mut [Value]) -> R {
    let o = this(ctx).map_err(|e| vm.throw_error("Error", e))?;
    let name = format!("{}::__construct", date_name(ctx));
    match init(vm, &o, args, &name)? {
        (_, true) => Ok(Value::Null),
        // The constructor's message names no function, unlike modify()'s warning.
        (text, false) => Err(vm.throw_error("Exception", parse_failure(&text))),
    }
}

fn format_method(vm: &mut Vm, ctx: &MethodCtx, args: &mut [Value]) -> R {
    let o = method_this(vm, ctx)?;
    let fmt = arg_str(vm, args, 0, "DateTime::format")?;
    Ok(Value::from(format::format(&fmt, &load(&o).local())))
}

fn modify(vm: &mut Vm, ctx: &MethodCtx, args: &mut [Value]) -> R {
    let o = method_this(vm, ctx)?;
    let name = format!("{}::modify", date_name(ctx));
    let text = arg_str(vm, args, 0, &name)?;
    let cur = load(&o);
    match modify_at(&text, &cur) {
        Some(m) => {
            // A modifier without a zone keeps the object's zone.
            changed(vm, o, &m)
        }
        None => {
            vm.warning(&format!("{name}(): {}", parse_failure(&text)));
            Ok(Value::False)
        }
    }
}

fn get_timestamp(vm: &mut Vm, ctx: &MethodCtx, _: &mut [Value]) -> R {
    Ok(Value::Long(load(&*method_this(vm, ctx)?).ts))
}

fn set_timestamp(vm: &mut Vm, ctx: &MethodCtx, args: &mut [Value]) -> R {
    let o = method_this(vm, ctx)?;
    let ts = arg_long(vm, args, 0, "DateTime::setTimestamp")?;
    let m = Moment {
        ts,
        us: 0,
        zone: zone_of(&o),
    };
    changed(vm, o, &m)
}

fn set_date(vm: &mut Vm, ctx: &MethodCtx, args: &mut [Value]) -> R {
    let o = method_this(vm, ctx)?;
    let mut f = [0i64; 3];
    for (i, slot) in f.iter_mut().enumerate() {
        *slot = arg_long(vm, args, i, "DateTime::setDate")?;
    }
    let cur = load(&o);
    let l = cur.local();
    let m = cur.at_wall([f[0], f[1], f[2], l.h, l.i, l.s], l.us);
    changed(vm, o, &m)
}

/// `setISODate(2024, 10, 3)`: day 3 (Wednesday) of ISO week 10; week and day may
/// overflow into the next ones. The time of day stays.
fn set_iso_date(vm: &mut Vm, ctx: &MethodCtx, args: &mut [Value]) -> R {
    let o = method_this(vm, ctx)?;
    let name = format!("{}::setISODate", date_name(ctx));
    let year = arg_long(vm, args, 0, &name)?;
    let week = arg_long(vm, args, 1, &name)?;
    let dow = opt_long(vm, args, 2, &name, 1)?;
    // January 4th is always in ISO week 1; its Monday starts the ISO year.
    let jan4 = days_from_civil(year, 1, 4);
    let monday = jan4 - (jan4 + 3).rem_euclid(7);
    let (y, m, d) = civil_from_days(monday + (week - 1) * 7 + (dow - 1));
    let cur = load(&o);
    let l = cur.local();
    let moment = cur.at_wall([y, m, d, l.h, l.i, l.s], l.us);
    changed(vm, o, &moment)
}

fn set_time(vm: &mut Vm, ctx: &MethodCtx, args: &mut [Value]) -> R {
    let o = method_this(vm, ctx)?;
    let h = arg_long(vm, args, 0, "DateTime::setTime")?;
    let i = arg_long(vm, args, 1, "DateTime::setTime")?;
    let s = opt_long(vm, args, 2, "DateTime::setTime", 0)?;
    let us = opt_long(vm, args, 3, "DateTime::setTime", 0)?;
    let cur = load(&o);
    let l = cur.local();
    let m = cur.at_wall([l.y, l.m, l.d, h, i, s], us);
    changed(vm, o, &m)
}

fn set_timezone(vm: &mut Vm, ctx: &MethodCtx, args: &mut [Value]) -> R {
    let o = method_this(vm, ctx)?;
    let Some(zone) = zone_arg(vm, args, 0) else {
        let msg = format!(
            "{}::setTimezone(): Argument #1 ($timezone) must be of type DateTimeZone, {} given",
            date_name(ctx),
            get(args, 0).debug_type_name()
        );
        return Err(vm.throw_error("TypeError", msg));
    };
    let m = Moment { zone, ..load(&o) };
    changed(vm, o, &m)
}

fn new_zone_object(vm: &mut Vm, zone: &Zone) -> R {
    let class = super::native::native_class("datetimezone")
        .ok_or_else(|| vm.throw_error("Error", "Class \"DateTimeZone\" not found".into()))?;
    let z = vm.instantiate(&class)?;
    store_zone(&z, zone);
    Ok(Value::Object(z))
}

/// A DateTimeZone object's state.
pub(super) fn store_zone(o: &PhpObject, zone: &Zone) {
    o.set_prop("timezone_type", Value::Long(zone_type(zone)));
    o.set_prop("timezone", Value::from(zone.name()));
}

fn get_timezone(vm: &mut Vm, ctx: &MethodCtx, _: &mut [Value]) -> R {
    let o = method_this(vm, ctx)?;
    new_zone_object(vm, &zone_of(&o))
}

fn get_offset(vm: &mut Vm, ctx: &MethodCtx, _: &mut [Value]) -> R {
    let o = method_this(vm, ctx)?;
    Ok(Value::Long(i64::from(load(&o).local().offset)))
}

/// An interval's fields (y m d h i s), microseconds and sign; for one made from
/// relative text, that text's amounts.
fn interval_fields(o: &PhpObject) -> ([i64; 6], i64, i64) {
    if o.prop("from_string").to_bool() {
        let text = o.prop("date_string").to_string_lossy(14);
        let r = parse::parse(&text).unwrap_or_default().rel;
        return ([r.y, r.m, r.d, r.h, r.i, r.s], 0, 1);
    }
    let long = |n: &str| match o.prop(n) {
        Value::Long(v) => v,
        v => v.to_long(),
    };
    let f = [
        long("y"),
        long("m"),
        long("d"),
        long("h"),
        long("i"),
        long("s"),
    ];
    let us = match o.prop("f") {
        Value::Double(d) => (d * 1e6).round() as i64,
        _ => 0,
    };
    let sign = if long("invert") != 0 { -1 } else { 1 };
    (f, us, sign)
}

fn shift(vm: &mut Vm, ctx: &MethodCtx, args: &[Value], dir: i64) -> R {
    let o = method_this(vm, ctx)?;
    let Value::Object(iv) = get(args, 0) else {
        let msg = format!(
            "{}::{}(): Argument #1 ($interval) must be of type DateInterval, {} given",
            date_name(ctx),
            if dir > 0 { "add" } else { "sub" },
            get(args, 0).debug_type_name()
        );
        return Err(vm.throw_error("TypeError", msg));
    };
    if dir < 0 && iv.prop("from_string").to_bool() {
        let text = iv.prop("date_string").to_string_lossy(14);
        let rel = parse::parse(&text).unwrap_or_default().rel;
        if rel.weekdays != 0 || rel.weekday_of.is_some() {
            vm.warning(&format!(
                "{}::sub(): Only non-special relative time specifications are supported for subtraction",
                date_name(ctx)
            ));
            return Ok(Value::Object(o));
        }
    }
    let m = plus_interval(&load(&o), &iv, dir);
    changed(vm, o, &m)
}

/// `cur` moved by the DateInterval `iv` (`dir` 1 to add, -1 to subtract) in wall time.
pub(super) fn plus_interval(cur: &Moment, iv: &PhpObject, dir: i64) -> Moment {
    // createFromDateString()'s text: its relative part, applied as modify() would.
    if dir > 0 && iv.prop("from_string").to_bool() {
        let text = iv.prop("date_string").to_string_lossy(14);
        if let Some(mut p) = parse::parse(&text) {
            (p.date, p.time, p.zone, p.timestamp) = (None, None, None, None);
            let l = cur.local();
            let (ts, us, zone) = p.resolve_modify(&l, l.dst);
            return Moment { ts, us, zone };
        }
    }
    let (f, fus, sign) = interval_fields(iv);
    let k = dir * sign;
    let l = cur.local();
    // Years, months and days move the wall clock (timelib_add_wall); hours, minutes
    // and seconds are elapsed time, so an hour added across a DST change is one hour.
    let day = if f[..3] == [0, 0, 0] {
        cur.clone()
    } else {
        let local = local_seconds(
            l.y + k * f[0],
            l.m + k * f[1],
            l.d + k * f[2],
            l.h,
            l.i,
            l.s,
        );
        Moment {
            ts: cur.zone.to_timestamp_near(local, Some(l.dst)),
            us: l.us,
            zone: cur.zone.clone(),
        }
    };
    let us = day.us + k * fus;
    Moment {
        ts: day.ts + k * (f[3] * 3600 + f[4] * 60 + f[5]) + us.div_euclid(1_000_000),
        us: us.rem_euclid(1_000_000),
        zone: day.zone,
    }
}

fn add(vm: &mut Vm, ctx: &MethodCtx, args: &mut [Value]) -> R {
    shift(vm, ctx, args, 1)
}

fn sub(vm: &mut Vm, ctx: &MethodCtx, args: &mut [Value]) -> R {
    shift(vm, ctx, args, -1)
}

fn new_interval(vm: &mut Vm) -> Result<Rc<PhpObject>, Unwind> {
    let class = super::native::native_class("dateinterval")
        .ok_or_else(|| vm.throw_error("Error", "Class \"DateInterval\" not found".into()))?;
    vm.instantiate(&class)
}

/// `a->diff(b)`: the calendar difference, borrowing days as timelib does.
fn diff(vm: &mut Vm, ctx: &MethodCtx, args: &mut [Value]) -> R {
    let o = this(ctx).map_err(|e| vm.throw_error("Error", e))?;
    let other = match get(args, 0) {
        Value::Object(t) if t.class.instance_of_name(b"datetimeinterface") => t,
        v => {
            let msg = format!(
                "{}::diff(): Argument #1 ($targetObject) must be of type DateTimeInterface, {} given",
                date_name(ctx),
                v.debug_type_name()
            );
            return Err(vm.throw_error("TypeError", msg));
        }
    };
    let absolute = opt_bool(vm, args, 1, "DateTime::diff", false)?;
    check_initialized_as(vm, &o, "DateTimeInterface")?;
    check_initialized_as(vm, &other, "DateTimeInterface")?;
    let (a, b) = (load(&o), load(&other));
    let same_zone = matches!((&a.zone, &b.zone), (Zone::Named(x, _), Zone::Named(y, _)) if x == y);
    let r = if same_zone {
        diff_in_zone(&a.local(), &b.local())
    } else {
        diff_moments(a, b)
    };
    let iv = new_interval(vm)?;
    for (name, v) in ["y", "m", "d", "h", "i", "s"].iter().zip(r.f) {
        iv.set_prop(name, Value::Long(v));
    }
    iv.set_prop("f", Value::Double(r.us as f64 / 1e6));
    iv.set_prop("invert", Value::Long(i64::from(r.invert && !absolute)));
    iv.set_prop("days", Value::Long(r.days));
    Ok(Value::Object(iv))
}

/// A difference as `diff()` reports it: y, m, d, h, i, s, microseconds.
struct Rel {
    f: [i64; 6],
    us: i64,
    invert: bool,
    days: i64,
}

impl Rel {
    /// The field-wise difference `y - x` of two wall times.
    fn between(x: &Local, y: &Local, invert: bool) -> Rel {
        Rel {
            f: [
                y.y - x.y,
                y.m - x.m,
                y.d - x.d,
                y.h - x.h,
                y.i - x.i,
                y.s - x.s,
            ],
            us: y.us - x.us,
            invert,
            days: 0,
        }
    }

    /// timelib's `timelib_do_rel_normalize` from earlier wall time `x` to later `y`:
    /// every field into its range; forwards, days are borrowed from the months
    /// before the later date; when inverted, from the earlier date's month onwards.
    fn normalize(&mut self, x: &Local, y: &Local) {
        let [yy, m, d, h, i, s] = &mut self.f;
        range_limit(1_000_000, &mut self.us, s);
        range_limit(60, s, i);
        range_limit(60, i, h);
        range_limit(24, h, d);
        range_limit(12, m, yy);
        let (mut by, mut bm) = if self.invert { (x.y, x.m) } else { (y.y, y.m) };
        while *d < 0 {
            if !self.invert {
                (by, bm) = (by + (bm - 2).div_euclid(12), (bm - 2).rem_euclid(12) + 1);
            }
            *d += days_in_month(by, bm);
            *m -= 1;
            if self.invert {
                (by, bm) = (by + bm.div_euclid(12), bm.rem_euclid(12) + 1);
            }
        }
        range_limit(12, m, yy);
    }
}

/// Bring `a` into `0..size`, carrying whole units into `b`.
fn range_limit(size: i64, a: &mut i64, b: &mut i64) {
    *b += a.div_euclid(size);
    *a = a.rem_euclid(size);
}

/// Whole days between the calendar dates of two wall times in one zone, less one
/// when the later moment's time of day is earlier (`timelib_diff_days`).
fn calendar_days(one: &Local, two: &Local) -> i64 {
    let (early, late) = if (one.ts, one.us) <= (two.ts, two.us) {
        (one, two)
    } else {
        (two, one)
    };
    let epoch_days = |l: &Local| days_from_civil(l.y, l.m, l.d);
    let time_of_day = |l: &Local| (l.h, l.i, l.s, l.us);
    let days = (epoch_days(one) - epoch_days(two)).abs();
    days - i64::from(time_of_day(late) < time_of_day(early) && days > 0)
}

/// The difference of moments in different zones (`timelib_diff`): each one's wall
/// time, less the change of UTC offset.
fn diff_moments(a: Moment, b: Moment) -> Rel {
    let invert = (b.ts, b.us) < (a.ts, a.us);
    let (from, to) = if invert { (b, a) } else { (a, b) };
    let (x, y) = (from.local(), to.local());
    let mut r = Rel::between(&x, &y, invert);
    r.f[5] -= i64::from(y.offset - x.offset);
    r.normalize(&x, &y);
    r.days = match (&from.zone, &to.zone) {
        (Zone::Offset(p) | Zone::Abbr(_, p, _), Zone::Offset(q) | Zone::Abbr(_, q, _))
            if p == q && zone_type(&from.zone) == zone_type(&to.zone) =>
        {
            calendar_days(&x, &y)
        }
        _ => (y.ts - x.ts) / 86_400,
    };
    r
}

/// timelib's `timelib_diff_with_tzid`: two times in the same named zone differ by
/// their wall times, corrected where a DST change lies between them.
fn diff_in_zone(a: &Local, b: &Local) -> Rel {
    let wall = |l: &Local| (l.y, l.m, l.d, l.h, l.i, l.s, l.us);
    let invert = wall(a) > wall(b);
    let (one, two) = if invert { (b, a) } else { (a, b) };
    let dst_corr = i64::from(two.offset - one.offset);
    let (dst_h, dst_m) = (dst_corr / 3600, dst_corr % 3600 / 60);
    let mut r = Rel::between(one, two, invert);
    r.days = calendar_days(one, two);
    // Inside a repeated hour the later wall time can be the earlier moment.
    if two.ts < one.ts {
        let flipped = (r.f[4] * 60 + r.f[5] - dst_corr).abs();
        r.f[3] = flipped / 3600;
        r.f[4] = (flipped - r.f[3] * 3600) / 60;
        r.f[5] = flipped % 60;
        r.invert = !r.invert;
    }
    r.normalize(one, two);
    let elapsed = two.ts - one.ts;
    if one.dst && !two.dst {
        if elapsed + dst_corr < 86_400 {
            r.f[3] -= dst_h;
            r.f[4] -= dst_m;
        }
    } else if !one.dst && two.dst {
        if let Some((change, _)) = two.zone.period_start(two.ts) {
            let day_later = one.ts + 86_400;
            if !(day_later > change && day_later <= change + dst_corr)
                && two.ts >= change
                && (elapsed + dst_corr) % 86_400 > two.ts - change
            {
                r.f[3] -= dst_h;
                r.f[4] -= dst_m;
            }
        }
    } else if elapsed >= 86_400 {
        if let Some((change, offset)) = two.zone.period_start(two.ts - i64::from(two.offset)) {
            let corr = i64::from(one.offset - offset);
            if two.ts >= change - corr && two.ts < change {
                r.f[2] -= 1;
                r.f[3] = 24;
            }
        }
    }
    r
}

fn create_from_interface(vm: &mut Vm, ctx: &MethodCtx, args: &mut [Value]) -> R {
    create_from(vm, ctx, args, "createFromInterface", "DateTimeInterface")
}

fn create_from_mutable(vm: &mut Vm, ctx: &MethodCtx, args: &mut [Value]) -> R {
    create_from(vm, ctx, args, "createFromMutable", "DateTime")
}

fn create_from_immutable(vm: &mut Vm, ctx: &MethodCtx, args: &mut [Value]) -> R {
    create_from(vm, ctx, args, "createFromImmutable", "DateTimeImmutable")
}

/// `createFromInterface/Mutable/Immutable($object)`: a date of the called class
/// at `$object`'s moment, which must be a `source` (named so in errors).
fn create_from(vm: &mut Vm, ctx: &MethodCtx, args: &[Value], method: &str, source: &str) -> R {
    let src = match get(args, 0) {
        Value::Object(o)
            if o.class
                .instance_of_name(source.to_ascii_lowercase().as_bytes()) =>
        {
            o
        }
        v => {
            let msg = format!(
                "{}::{method}(): Argument #1 ($object) must be of type {source}, {} given",
                date_name(ctx),
                v.debug_type_name()
            );
            return Err(vm.throw_error("TypeError", msg));
        }
    };
    check_initialized_as(vm, &src, source)?;
    let class: Rc<ClassEntry> = ctx.class.clone();
    let o = vm.instantiate(&class)?;
    store(&o, &load(&src));
    Ok(Value::Object(o))
}

fn create_from_format(vm: &mut Vm, ctx: &MethodCtx, args: &mut [Value]) -> R {
    let name = format!("{}::createFromFormat", ctx.class.name);
    let fmt = arg_str(vm, args, 0, &name)?;
    let text = arg_str(vm, args, 1, &name)?;
    let zone = zone_arg(vm, args, 2).unwrap_or_else(|| default_zone(vm));
    let (ts, us) = now();
    match read_format(&fmt, &text, Moment { ts, us, zone }) {
        Some((m, valid)) => {
            let warnings = if valid {
                Vec::new()
            } else {
                vec![(text.len(), "The parsed date was invalid".to_string())]
            };
            set_last_errors(warnings, Vec::new());
            let class: Rc<ClassEntry> = ctx.class.clone();
            let o = vm.instantiate(&class)?;
            store(&o, &m);
            Ok(Value::Object(o))
        }
        None => {
            set_last_errors(Vec::new(), vec![(0, "Unexpected data found.".to_string())]);
            Ok(Value::False)
        }
    }
}

/// The moment `text` gives read by `fmt`, and whether its date was a valid one.
fn read_format(fmt: &[u8], text: &[u8], now: Moment) -> Option<(Moment, bool)> {
    let l = now.local();
    // y m d h i s us; None: not read.
    let mut f: [Option<i64>; 7] = [None; 7];
    let mut pm: Option<bool> = None;
    let mut zone = now.zone.clone();
    let mut reset = false;
    let mut pos = 0usize;
    let mut chars = fmt.iter();
    let digits = |pos: &mut usize, max: usize| -> Option<i64> {
        let start = *pos;
        let neg = text.get(start) == Some(&b'-');
        let from = start + usize::from(neg);
        let n = text[from.min(text.len())..]
            .iter()
            .take(max)
            .take_while(|c| c.is_ascii_digit())
            .count();
        if n == 0 {
            return None;
        }
        *pos = from + n;
        let v: i64 = std::str::from_utf8(&text[from..from + n])
            .ok()?
            .parse()
            .ok()?;
        Some(if neg { -v } else { v })
    };
    while let Some(&c) = chars.next() {
        match c {
            b'd' | b'j' => f[2] = Some(digits(&mut pos, 2)?),
            b'm' | b'n' => f[1] = Some(digits(&mut pos, 2)?),
            b'Y' => f[0] = Some(digits(&mut pos, 4)?),
            b'y' => {
                let y = digits(&mut pos, 2)?;
                f[0] = Some(if y < 70 { y + 2000 } else { y + 1900 });
            }
            b'H' | b'G' | b'h' | b'g' => f[3] = Some(digits(&mut pos, 2)?),
            b'i' => f[4] = Some(digits(&mut pos, 2)?),
            b's' => f[5] = Some(digits(&mut pos, 2)?),
            b'u' => {
                let start = pos;
                let v = digits(&mut pos, 6)?;
                f[6] = Some(v * 10i64.pow(6 - (pos - start) as u32));
            }
            b'v' => f[6] = Some(digits(&mut pos, 3)? * 1000),
            b'A' | b'a' => {
                let word = text.get(pos..pos + 2)?.to_ascii_lowercase();
                pm = Some(match word.as_slice() {
                    b"am" => false,
                    b"pm" => true,
                    _ => return None,
                });
                pos += 2;
            }
            b'M' | b'F' | b'D' | b'l' => {
                let n = text[pos..]
                    .iter()
                    .take_while(|c| c.is_ascii_alphabetic())
                    .count();
                let word = String::from_utf8_lossy(&text[pos..pos + n]).to_ascii_lowercase();
                if matches!(c, b'M' | b'F') {
                    let m = format::MONTH_NAMES.iter().position(|name| {
                        let name = name.to_ascii_lowercase();
                        name == word || name[..3] == word
                    })?;
                    f[1] = Some(m as i64 + 1);
                }
                pos += n;
            }
            b'U' => {
                let ts = digits(&mut pos, 20)?;
                let t = Local::new(ts, 0, &Zone::Offset(0));
                f = [
                    Some(t.y),
                    Some(t.m),
                    Some(t.d),
                    Some(t.h),
                    Some(t.i),
                    Some(t.s),
                    f[6],
                ];
                zone = Zone::Offset(0);
            }
            b'e' | b'T' | b'P' | b'O' | b'p' => {
                let n = text[pos..]
                    .iter()
                    .take_while(|c| !c.is_ascii_whitespace())
                    .count();
                let z = String::from_utf8_lossy(&text[pos..pos + n]).into_owned();
                zone = if z == "Z" {
                    Zone::Offset(0)
                } else {
                    zone_from_name(&z)?
                };
                pos += n;
            }
            b'!' | b'|' => reset = true,
            b'\\' => {
                let lit = *chars.next()?;
                if text.get(pos) != Some(&lit) {
                    return None;
                }
                pos += 1;
            }
            b'*' => {
                pos += text[pos..]
                    .iter()
                    .take_while(|c| !c.is_ascii_whitespace() && !b",;:/.-()".contains(c))
                    .count();
            }
            other => {
                if text.get(pos) != Some(&other) {
                    return None;
                }
                pos += 1;
            }
        }
    }
    if pos != text.len() {
        return None;
    }
    let time_read = f[3].is_some() || f[4].is_some() || f[5].is_some();
    let base = if reset {
        [1970, 1, 1, 0, 0, 0, 0]
    } else if time_read {
        [l.y, l.m, l.d, 0, 0, 0, 0]
    } else {
        [l.y, l.m, l.d, l.h, l.i, l.s, l.us]
    };
    let mut v = [0i64; 7];
    for k in 0..7 {
        v[k] = f[k].unwrap_or(base[k]);
    }
    if let Some(pm) = pm {
        v[3] = v[3] % 12 + if pm { 12 } else { 0 };
    }
    let m = Moment { ts: 0, us: 0, zone };
    let valid = valid_date(v[0], v[1], v[2]);
    Some((m.at_wall([v[0], v[1], v[2], v[3], v[4], v[5]], v[6]), valid))
}

fn zone_construct(vm: &mut Vm, ctx: &MethodCtx, args: &mut [Value]) -> R {
    let o = this(ctx).map_err(|e| vm.throw_error("Error", e))?;
    let name = arg_str(vm, args, 0, "DateTimeZone::__construct")?;
    let name = String::from_utf8_lossy(&name).into_owned();
    match zone_from_name(&name) {
        Some(z) => {
            store_zone(&o, &z);
            Ok(Value::Null)
        }
        None => Err(vm.throw_error(
            "Exception",
            format!("DateTimeZone::__construct(): Unknown or bad timezone ({name})"),
        )),
    }
}

fn zone_list_identifiers(vm: &mut Vm, _: &MethodCtx, args: &mut [Value]) -> R {
    crate::builtins::date::identifiers_list(vm, args, "DateTimeZone::listIdentifiers")
}

/// `getLocation()`: country code, latitude, longitude and comments of a zone
/// identifier; false for an offset or abbreviation.
fn zone_get_location(vm: &mut Vm, ctx: &MethodCtx, _: &mut [Value]) -> R {
    let o = method_this(vm, ctx)?;
    let Zone::Named(name, _) = zone_of(&o) else {
        return Ok(Value::False);
    };
    let (cc, lat, lon, comments) = crate::builtins::date::zones::location(&name);
    let mut out = crate::array::PhpArray::new();
    let key = |k: &str| crate::value::ArrayKey::from_bytes(k.as_bytes());
    out.insert(key("country_code"), Value::from(cc));
    out.insert(key("latitude"), Value::Double(lat));
    out.insert(key("longitude"), Value::Double(lon));
    out.insert(key("comments"), Value::from(comments));
    Ok(Value::from(out))
}

fn zone_list_abbreviations(vm: &mut Vm, _: &MethodCtx, args: &mut [Value]) -> R {
    crate::builtins::date::timezone_abbreviations_list(vm, args)
}

fn zone_get_name(vm: &mut Vm, ctx: &MethodCtx, _: &mut [Value]) -> R {
    let o = method_this(vm, ctx)?;
    Ok(Value::from(zone_of(&o).name()))
}

/// `getTransitions()`: the state at `timestampBegin`, then each change before
/// `timestampEnd`; false for a fixed offset.
fn zone_get_transitions(vm: &mut Vm, ctx: &MethodCtx, args: &mut [Value]) -> R {
    let o = method_this(vm, ctx)?;
    let name = "DateTimeZone::getTransitions";
    let begin = opt_long(vm, args, 0, name, i64::MIN)?;
    let end = opt_long(vm, args, 1, name, i64::MAX)?;
    let zone = zone_of(&o);
    let Some(changes) = zone.transitions(begin, end) else {
        return Ok(Value::False);
    };
    let utc = Zone::Offset(0);
    let mut out = crate::array::PhpArray::new();
    let key = |k: &str| crate::value::ArrayKey::from_bytes(k.as_bytes());
    for (i, ts) in std::iter::once(begin).chain(changes).enumerate() {
        let (offset, dst, abbr) = zone.info(ts);
        let mut row = crate::array::PhpArray::new();
        row.insert(key("ts"), Value::Long(ts));
        let time = format::format(b"Y-m-d\\TH:i:sP", &Local::new(ts, 0, &utc));
        row.insert(key("time"), Value::from(time));
        row.insert(key("offset"), Value::Long(i64::from(offset)));
        row.insert(key("isdst"), Value::from(dst));
        row.insert(key("abbr"), Value::from(abbr));
        out.insert(crate::value::ArrayKey::Int(i as i64), Value::from(row));
    }
    Ok(Value::from(out))
}

fn zone_get_offset(vm: &mut Vm, ctx: &MethodCtx, args: &mut [Value]) -> R {
    let o = method_this(vm, ctx)?;
    let ts = match get(args, 0) {
        Value::Object(d) if d.class.instance_of_name(b"datetimeinterface") => {
            check_initialized(vm, &d)?;
            load(&d).ts
        }
        v => {
            let msg = format!(
                "DateTimeZone::getOffset(): Argument #1 ($datetime) must be of type DateTimeInterface, {} given",
                v.debug_type_name()
            );
            return Err(vm.throw_error("TypeError", msg));
        }
    };
    Ok(Value::Long(i64::from(zone_of(&o).info(ts).0)))
}

/// An ISO 8601 duration (`P1Y2M3DT4H5M6S`, `P2W`) as y m d h i s.
pub(super) fn parse_duration(spec: &[u8]) -> Option<[i64; 6]> {
    let rest = spec.strip_prefix(b"P")?;
    let mut f = [0i64; 6];
    let mut in_time = false;
    let mut num = String::new();
    let mut any = false;
    for &c in rest {
        match c {
            b'T' if !in_time && num.is_empty() => in_time = true,
            b'0'..=b'9' => num.push(c as char),
            _ => {
                let n: i64 = num.parse().ok()?;
                num.clear();
                any = true;
                match (in_time, c) {
                    (false, b'Y') => f[0] = n,
                    (false, b'M') => f[1] = n,
                    (false, b'W') => f[2] += 7 * n,
                    (false, b'D') => f[2] += n,
                    (true, b'H') => f[3] = n,
                    (true, b'M') => f[4] = n,
                    (true, b'S') => f[5] = n,
                    _ => return None,
                }
            }
        }
    }
    (any && num.is_empty()).then_some(f)
}

fn interval_construct(vm: &mut Vm, ctx: &MethodCtx, args: &mut [Value]) -> R {
    let o = this(ctx).map_err(|e| vm.throw_error("Error", e))?;
    let spec = arg_str(vm, args, 0, "DateInterval::__construct")?;
    let Some(f) = parse_duration(&spec) else {
        let msg = format!("Unknown or bad format ({})", String::from_utf8_lossy(&spec));
        return Err(vm.throw_error("Exception", msg));
    };
    for (name, v) in ["y", "m", "d", "h", "i", "s"].into_iter().zip(f) {
        o.set_prop(name, Value::Long(v));
    }
    o.set_prop("f", Value::Double(0.0));
    Ok(Value::Null)
}

/// `DateInterval::createFromDateString('1 month + 2 days')`: the relative parts as
/// fields (what `sub()` uses), the text kept for `add()` and DatePeriod.
fn interval_from_string(vm: &mut Vm, _: &MethodCtx, args: &mut [Value]) -> R {
    interval_from_text(vm, args, "DateInterval::createFromDateString")
}

fn date_interval_create_from_date_string(vm: &mut Vm, args: &mut [Value]) -> R {
    interval_from_text(vm, args, "date_interval_create_from_date_string")
}

/// A DateInterval of the relative parts of a strtotime text.
fn interval_from_text(vm: &mut Vm, args: &[Value], f: &str) -> R {
    let text = arg_str(vm, args, 0, f)?;
    if parse::parse(&text).is_none() {
        // timelib's first error: an empty text is its own.
        let why = if text.is_empty() {
            "Empty string"
        } else {
            "The timezone could not be found in the database"
        };
        vm.warning(&format!(
            "{f}(): Unknown or bad format ({}) at position 0 ({}): {why}",
            String::from_utf8_lossy(&text),
            text.first().map_or(' ', |&c| c as char)
        ));
        return Ok(Value::False);
    }
    let o = new_interval(vm)?;
    for (name, v) in relative_fields(&text) {
        o.set_prop(name, v);
    }
    o.set_prop("date_string", Value::from(text.to_vec()));
    Ok(Value::Object(o))
}

/// The properties of an interval made from relative text (`createFromDateString`),
/// the text itself aside: its amounts, readable as PHP's read handler gives them
/// (PHP's dumps show only `from_string` and `date_string`).
pub(super) fn relative_fields(text: &[u8]) -> Vec<(&'static str, Value)> {
    let r = parse::parse(text).unwrap_or_default().rel;
    let mut out: Vec<(&'static str, Value)> = ["y", "m", "d", "h", "i", "s"]
        .into_iter()
        .zip([r.y, r.m, r.d, r.h, r.i, r.s])
        .map(|(name, v)| (name, Value::Long(v)))
        .collect();
    out.push(("f", Value::Double(0.0)));
    out.push(("invert", Value::Long(0)));
    out.push(("days", Value::False));
    out.push(("from_string", Value::True));
    out
}

fn interval_format(vm: &mut Vm, ctx: &MethodCtx, args: &mut [Value]) -> R {
    let o = method_this(vm, ctx)?;
    let fmt = arg_str(vm, args, 0, "DateInterval::format")?;
    let (f, us, sign) = interval_fields(&o);
    let mut out = Vec::new();
    let mut it = fmt.iter();
    while let Some(&c) = it.next() {
        if c != b'%' {
            out.push(c);
            continue;
        }
        let Some(&k) = it.next() else {
            out.push(b'%');
            break;
        };
        let s = match k {
            b'Y' => format!("{:02}", f[0]),
            b'y' => f[0].to_string(),
            b'M' => format!("{:02}", f[1]),
            b'm' => f[1].to_string(),
            b'D' => format!("{:02}", f[2]),
            b'd' => f[2].to_string(),
            b'H' => format!("{:02}", f[3]),
            b'h' => f[3].to_string(),
            b'I' => format!("{:02}", f[4]),
            b'i' => f[4].to_string(),
            b'S' => format!("{:02}", f[5]),
            b's' => f[5].to_string(),
            b'F' => format!("{us:06}"),
            b'f' => us.to_string(),
            b'a' => match o.prop("days") {
                Value::Long(d) => d.to_string(),
                _ => "(unknown)".into(),
            },
            b'R' => (if sign < 0 { "-" } else { "+" }).into(),
            b'r' => (if sign < 0 { "-" } else { "" }).into(),
            b'%' => "%".into(),
            other => format!("%{}", other as char),
        };
        out.extend_from_slice(s.as_bytes());
    }
    Ok(Value::from(out))
}

/// The procedural API (`date_create()`, `date_format()` …): the methods called on
/// the first argument, or a new object.
pub const FUNCTIONS: &[BuiltinSpec] = &[
    func("date_create", date_create, &["datetime", "timezone"], 0),
    func(
        "date_create_immutable",
        date_create_immutable,
        &["datetime", "timezone"],
        0,
    ),
    func(
        "date_create_from_format",
        date_create_from_format,
        &["format", "datetime", "timezone"],
        2,
    ),
    func(
        "date_create_immutable_from_format",
        date_create_immutable_from_format,
        &["format", "datetime", "timezone"],
        2,
    ),
    func("timezone_open", timezone_open, &["timezone"], 1),
    func(
        "date_interval_create_from_date_string",
        date_interval_create_from_date_string,
        &["datetime"],
        1,
    ),
    func("date_format", date_format, &["object", "format"], 2),
    func("date_modify", date_modify, &["object", "modifier"], 2),
    func("date_add", date_add, &["object", "interval"], 2),
    func("date_sub", date_sub, &["object", "interval"], 2),
    func(
        "date_diff",
        date_diff,
        &["baseObject", "targetObject", "absolute"],
        2,
    ),
    func("date_timestamp_get", date_timestamp_get, &["object"], 1),
    func(
        "date_timestamp_set",
        date_timestamp_set,
        &["object", "timestamp"],
        2,
    ),
    func(
        "date_date_set",
        date_date_set,
        &["object", "year", "month", "day"],
        4,
    ),
    func(
        "date_isodate_set",
        date_isodate_set,
        &["object", "year", "week", "dayOfWeek"],
        3,
    ),
    func(
        "date_time_set",
        date_time_set,
        &["object", "hour", "minute", "second", "microsecond"],
        3,
    ),
    func("date_timezone_get", date_timezone_get, &["object"], 1),
    func(
        "date_timezone_set",
        date_timezone_set,
        &["object", "timezone"],
        2,
    ),
    func("date_offset_get", date_offset_get, &["object"], 1),
    func("timezone_name_get", timezone_name_get, &["object"], 1),
    func(
        "timezone_offset_get",
        timezone_offset_get,
        &["object", "datetime"],
        2,
    ),
    func("date_get_last_errors", date_get_last_errors, &[], 0),
    func(
        "timezone_location_get",
        timezone_location_get,
        &["object"],
        1,
    ),
    func(
        "timezone_transitions_get",
        timezone_transitions_get,
        &["object", "timestampBegin", "timestampEnd"],
        1,
    ),
    func(
        "date_interval_format",
        date_interval_format,
        &["object", "format"],
        2,
    ),
];

fn class_named(vm: &mut Vm, lc: &str) -> Result<Rc<ClassEntry>, Unwind> {
    super::native::native_class(lc)
        .ok_or_else(|| vm.throw_error("Error", format!("Class \"{lc}\" not found")))
}

fn create(vm: &mut Vm, args: &[Value], lc: &str, name: &str) -> R {
    let class = class_named(vm, lc)?;
    let o = vm.instantiate(&class)?;
    Ok(match init(vm, &o, args, name)? {
        (_, true) => Value::Object(o),
        (_, false) => Value::False,
    })
}

fn date_get_last_errors(vm: &mut Vm, args: &mut [Value]) -> R {
    let ctx = MethodCtx {
        class: class_named(vm, "datetime")?,
        this: None,
    };
    get_last_errors(vm, &ctx, args)
}

fn date_create(vm: &mut Vm, args: &mut [Value]) -> R {
    create(vm, args, "datetime", "date_create")
}

fn date_create_immutable(vm: &mut Vm, args: &mut [Value]) -> R {
    create(vm, args, "datetimeimmutable", "date_create_immutable")
}

fn from_format(vm: &mut Vm, args: &mut [Value], lc: &str) -> R {
    let class = class_named(vm, lc)?;
    create_from_format(vm, &MethodCtx { this: None, class }, args)
}

fn date_create_from_format(vm: &mut Vm, args: &mut [Value]) -> R {
    from_format(vm, args, "datetime")
}

fn date_create_immutable_from_format(vm: &mut Vm, args: &mut [Value]) -> R {
    from_format(vm, args, "datetimeimmutable")
}

fn timezone_open(vm: &mut Vm, args: &mut [Value]) -> R {
    let name = arg_str(vm, args, 0, "timezone_open")?;
    let name = String::from_utf8_lossy(&name).into_owned();
    match zone_from_name(&name) {
        Some(z) => new_zone_object(vm, &z),
        None => {
            vm.warning(&format!(
                "timezone_open(): Unknown or bad timezone ({name})"
            ));
            Ok(Value::False)
        }
    }
}

/// Call `method` on argument 0 (of class `lc`) with the other arguments.
fn on_object(
    vm: &mut Vm,
    args: &mut [Value],
    lc: &str,
    func: &str,
    method: super::native::NativeHandler,
) -> R {
    let this = match get(args, 0) {
        Value::Object(o) if o.class.instance_of_name(lc.as_bytes()) => o,
        v => {
            let ty = match lc {
                "datetimeinterface" => "DateTimeInterface",
                "datetime" => "DateTime",
                "datetimezone" => "DateTimeZone",
                _ => "DateInterval",
            };
            let msg = format!(
                "{func}(): Argument #1 ($object) must be of type {ty}, {} given",
                v.debug_type_name()
            );
            return Err(vm.throw_error("TypeError", msg));
        }
    };
    let ctx = MethodCtx {
        class: this.class.clone(),
        this: Some(this),
    };
    method(vm, &ctx, args.get_mut(1..).unwrap_or_default())
}

/// `fn name(vm, args)` calling `method` on its first argument.
macro_rules! procedural {
    ($($name:ident: $lc:literal => $method:ident;)*) => {$(
        fn $name(vm: &mut Vm, args: &mut [Value]) -> R {
            on_object(vm, args, $lc, stringify!($name), $method)
        }
    )*};
}

procedural! {
    date_format: "datetimeinterface" => format_method;
    date_modify: "datetime" => modify;
    date_add: "datetime" => add;
    date_sub: "datetime" => sub;
    date_diff: "datetimeinterface" => diff;
    date_timestamp_get: "datetimeinterface" => get_timestamp;
    date_timestamp_set: "datetime" => set_timestamp;
    date_date_set: "datetime" => set_date;
    date_isodate_set: "datetime" => set_iso_date;
    date_time_set: "datetime" => set_time;
    date_timezone_get: "datetimeinterface" => get_timezone;
    date_timezone_set: "datetime" => set_timezone;
    date_offset_get: "datetimeinterface" => get_offset;
    timezone_name_get: "datetimezone" => zone_get_name;
    timezone_offset_get: "datetimezone" => zone_get_offset;
    timezone_transitions_get: "datetimezone" => zone_get_transitions;
    timezone_location_get: "datetimezone" => zone_get_location;
    date_interval_format: "dateinterval" => interval_format;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        assert_eq!(parse_duration(b"P1Y2M3DT4H5M6S"), Some([1, 2, 3, 4, 5, 6]));
        assert_eq!(parse_duration(b"P2W"), Some([0, 0, 14, 0, 0, 0]));
        assert_eq!(parse_duration(b"PT36H"), Some([0, 0, 0, 36, 0, 0]));
        assert_eq!(parse_duration(b"P1X"), None);
        assert_eq!(parse_duration(b"P"), None);
    }

    #[test]
    fn formats_read() {
        let now = Moment {
            ts: 1_705_314_600,
            us: 0,
            zone: Zone::utc(),
        };
        let (m, _) = read_format(b"d/m/Y H:i", b"15/08/2024 09:05", now.clone()).unwrap();
        assert_eq!(m.ts, 1_723_712_700);
        let (m, valid) = read_format(b"!Y-m-d", b"2024-02-29", now.clone()).unwrap();
        assert!(valid);
        assert!(
            !read_format(b"!Y-m-d", b"2023-02-29", now.clone())
                .unwrap()
                .1
        );
        assert_eq!(m.ts, 1_709_164_800);
        assert!(read_format(b"Y-m-d", b"2024-02", now).is_none());
    }
}
