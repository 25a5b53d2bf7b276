//! ext/random's object API (PHP 8.2): `Random\Randomizer` over the `Mt19937` and
//! `Secure` engines, the `Random\Engine` interfaces and the exceptions. A seeded
//! Mt19937 gives PHP's sequences: the same twister and range reduction as
//! `mt_rand()`, and the same shuffles and key picks as `shuffle()`/`array_rand()`.
//! User-defined engines and the PCG/Xoshiro engines are not supported.

use std::rc::Rc;

use miniphp_compiler::class_flags::{FINAL, INTERFACE};

use super::{MethodCtx, NativeClass, NativeConst, NativeMethod, NativeProp};
use crate::array::PhpArray;
use crate::builtins::args::{arg_array, arg_long, arg_str, get};
use crate::builtins::mt::{Mode, Mt};
use crate::object::{Native, PhpObject};
use crate::value::{ArrayKey, Value};
use crate::vm::{Unwind, Vm};

type R = Result<Value, Unwind>;

const RANDOMIZER: &str = "Random\\Randomizer";

pub const CLASSES: &[NativeClass] = &[
    NativeClass {
        name: "Random\\Engine",
        flags: INTERFACE,
        methods: &[NativeMethod::abstract_("generate", &[])],
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "Random\\CryptoSafeEngine",
        flags: INTERFACE,
        interfaces: &["Random\\Engine"],
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "Random\\RandomError",
        parent: Some("Error"),
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "Random\\BrokenRandomEngineError",
        parent: Some("Random\\RandomError"),
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "Random\\RandomException",
        parent: Some("Exception"),
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "Random\\Engine\\Mt19937",
        flags: FINAL,
        interfaces: &["Random\\Engine"],
        methods: &[
            NativeMethod::new("__construct", mt_construct, &["seed", "mode"], 0),
            NativeMethod::new("generate", engine_generate, &[], 0),
        ],
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: "Random\\Engine\\Secure",
        flags: FINAL,
        interfaces: &["Random\\CryptoSafeEngine"],
        methods: &[NativeMethod::new("generate", engine_generate, &[], 0)],
        ..NativeClass::EMPTY
    },
    NativeClass {
        name: RANDOMIZER,
        flags: FINAL,
        props: &[NativeProp {
            name: "engine",
            flags: miniphp_compiler::member::PUBLIC | miniphp_compiler::member::READONLY,
            default: NativeConst::Null,
            ty: 0,
        }],
        methods: &[
            NativeMethod::new("__construct", construct, &["engine"], 0),
            NativeMethod::new("nextInt", next_int, &[], 0),
            NativeMethod::new("getInt", get_int, &["min", "max"], 2),
            NativeMethod::new("getBytes", get_bytes, &["length"], 1),
            NativeMethod::new("shuffleArray", shuffle_array, &["array"], 1),
            NativeMethod::new("shuffleBytes", shuffle_bytes, &["bytes"], 1),
            NativeMethod::new("pickArrayKeys", pick_array_keys, &["array", "num"], 2),
        ],
        ..NativeClass::EMPTY
    },
];

fn this(vm: &mut Vm, c: &MethodCtx) -> Result<Rc<PhpObject>, Unwind> {
    c.this
        .clone()
        .ok_or_else(|| vm.throw_error("Error", "Non-static method called statically".into()))
}

fn mt_construct(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    const F: &str = "Random\\Engine\\Mt19937::__construct";
    let o = this(vm, c)?;
    let seed = match get(a, 0) {
        Value::Null | Value::Undef => crate::builtins::math::os_random_u64() as u32,
        _ => arg_long(vm, a, 0, F)? as u32,
    };
    let mode = match get(a, 1) {
        Value::Null | Value::Undef => 0,
        _ => arg_long(vm, a, 1, F)?,
    };
    let mode = match mode {
        0 => Mode::Mt19937,
        1 => Mode::Php,
        _ => {
            let msg =
                format!("{F}(): Argument #2 ($mode) must be either MT_RAND_MT19937 or MT_RAND_PHP");
            return Err(vm.throw_error("ValueError", msg));
        }
    };
    *o.native.borrow_mut() = Native::Mt(Box::new(Mt::new(seed, mode)));
    Ok(Value::Null)
}

/// Refuses engines other than a constructed Mt19937 and Secure.
fn supported(vm: &mut Vm, engine: &PhpObject) -> Result<(), Unwind> {
    let mt = matches!(&*engine.native.borrow(), Native::Mt(_));
    if mt || engine.class.instance_of_name(b"random\\engine\\secure") {
        return Ok(());
    }
    let msg = format!("{} is not supported as a random engine", engine.class.name);
    Err(vm.throw_error("Error", msg))
}

/// `$engine->generate()`: the next output as bytes (4 for Mt19937, 8 for Secure).
fn engine_generate(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    let o = this(vm, c)?;
    supported(vm, &o)?;
    let (bits, size) = draw_of(&mut o.native.borrow_mut()).bits();
    Ok(Value::from(bits.to_le_bytes()[..size].to_vec()))
}

fn construct(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let o = this(vm, c)?;
    let engine = match get(a, 0) {
        Value::Null | Value::Undef => {
            let class = super::native::native_class("random\\engine\\secure")
                .ok_or_else(|| vm.throw_error("Error", "no Secure engine".into()))?;
            vm.instantiate(&class)?
        }
        Value::Object(e) if e.class.instance_of_name(b"random\\engine") => e,
        v => {
            let msg = format!(
                "{RANDOMIZER}::__construct(): Argument #1 ($engine) must be of type ?Random\\Engine, {} given",
                v.debug_type_name()
            );
            return Err(vm.throw_error("TypeError", msg));
        }
    };
    o.set_prop("engine", Value::Object(engine));
    Ok(Value::Null)
}

/// A randomizer's engine while it is drawn from.
enum Draw<'a> {
    Mt(&'a mut Mt),
    Secure,
}

impl Draw<'_> {
    /// The next raw output and its size in bytes (`generate()`).
    fn bits(&mut self) -> (u64, usize) {
        match self {
            Draw::Mt(mt) => (u64::from(mt.next_u32()), 4),
            Draw::Secure => (crate::builtins::math::os_random_u64(), 8),
        }
    }

    /// A uniform value in `[0, umax]`: Mt19937's range reduction (PHP's sequences), or
    /// plain rejection sampling over the OS's bits.
    fn below_or_eq(&mut self, umax: u64) -> u64 {
        match self {
            Draw::Mt(mt) => mt.range(0, umax as i64) as u64,
            Draw::Secure => {
                let Some(span) = umax.checked_add(1) else {
                    return crate::builtins::math::os_random_u64();
                };
                let limit = u64::MAX - u64::MAX % span;
                loop {
                    let r = crate::builtins::math::os_random_u64();
                    if r < limit {
                        return r % span;
                    }
                }
            }
        }
    }
}

/// An engine's state to draw from (`supported` checked the engine).
fn draw_of(native: &mut Native) -> Draw<'_> {
    match native {
        Native::Mt(mt) => Draw::Mt(mt),
        _ => Draw::Secure,
    }
}

/// Runs `f` on the randomizer's engine (the Mt19937 state itself).
fn with_engine<T>(vm: &mut Vm, c: &MethodCtx, f: impl FnOnce(&mut Draw) -> T) -> Result<T, Unwind> {
    let o = this(vm, c)?;
    let Value::Object(engine) = o.prop("engine") else {
        return Err(vm.throw_error("Error", "The Randomizer has no engine".into()));
    };
    supported(vm, &engine)?;
    let mut native = engine.native.borrow_mut();
    let mut draw = draw_of(&mut native);
    Ok(f(&mut draw))
}

fn next_int(vm: &mut Vm, c: &MethodCtx, _: &mut [Value]) -> R {
    // Mt19937's 32 bits or Secure's 64, shifted to a non-negative int.
    let v = with_engine(vm, c, |d| d.bits().0)?;
    Ok(Value::Long((v >> 1) as i64))
}

fn get_int(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    const F: &str = "Random\\Randomizer::getInt";
    let min = arg_long(vm, a, 0, F)?;
    let max = arg_long(vm, a, 1, F)?;
    if max < min {
        let msg = format!(
            "{F}(): Argument #2 ($max) must be greater than or equal to argument #1 ($min)"
        );
        return Err(vm.throw_error("ValueError", msg));
    }
    let umax = (max as u64).wrapping_sub(min as u64);
    let r = with_engine(vm, c, |d| match d {
        // Mt19937 as mt_rand() ranges it (PHP 5's scaling in MT_RAND_PHP mode).
        Draw::Mt(mt) => mt.range_common(min, max),
        d => (min as u64).wrapping_add(d.below_or_eq(umax)) as i64,
    })?;
    Ok(Value::Long(r))
}

fn get_bytes(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    const F: &str = "Random\\Randomizer::getBytes";
    let n = arg_long(vm, a, 0, F)?;
    if n < 1 {
        let msg = format!("{F}(): Argument #1 ($length) must be greater than 0");
        return Err(vm.throw_error("ValueError", msg));
    }
    crate::builtins::args::alloc_guard(vm, n as u128)?;
    let out = with_engine(vm, c, |d| {
        let mut out = Vec::with_capacity(n as usize);
        while out.len() < n as usize {
            let (bits, size) = d.bits();
            let take = size.min(n as usize - out.len());
            out.extend_from_slice(&bits.to_le_bytes()[..take]);
        }
        out
    })?;
    Ok(Value::from(out))
}

/// Fisher–Yates from the end, as `php_array_data_shuffle` and `shuffle()` do.
fn shuffle<T>(items: &mut [T], d: &mut Draw) {
    for n in (1..items.len()).rev() {
        let j = d.below_or_eq(n as u64) as usize;
        items.swap(n, j);
    }
}

fn shuffle_array(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let arr = arg_array(vm, a, 0, "Random\\Randomizer::shuffleArray")?;
    let mut values: Vec<Value> = arr.values().map(Value::deref).collect();
    with_engine(vm, c, |d| shuffle(&mut values, d))?;
    Ok(Value::from(PhpArray::from_list(values)))
}

fn shuffle_bytes(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    let s = arg_str(vm, a, 0, "Random\\Randomizer::shuffleBytes")?;
    let mut bytes = s.to_vec();
    with_engine(vm, c, |d| shuffle(&mut bytes, d))?;
    Ok(Value::from(bytes))
}

/// `pickArrayKeys($array, $num)`: `num` distinct keys in the array's order, drawn as
/// `array_rand()` draws them (the smaller of the chosen and the left-out side).
fn pick_array_keys(vm: &mut Vm, c: &MethodCtx, a: &mut [Value]) -> R {
    const F: &str = "Random\\Randomizer::pickArrayKeys";
    let arr = arg_array(vm, a, 0, F)?;
    let num = arg_long(vm, a, 1, F)?;
    let n = arr.len() as i64;
    if n == 0 {
        let msg = format!("{F}(): Argument #1 ($array) cannot be empty");
        return Err(vm.throw_error("ValueError", msg));
    }
    if num <= 0 || num > n {
        let msg = format!(
            "{F}(): Argument #2 ($num) must be between 1 and the number of elements in argument #1 ($array)"
        );
        return Err(vm.throw_error("ValueError", msg));
    }
    let keys: Vec<ArrayKey> = arr.keys().collect();
    let chosen = with_engine(vm, c, |d| {
        let mut chosen = vec![false; n as usize];
        if num == 1 {
            chosen[d.below_or_eq((n - 1) as u64) as usize] = true;
            return chosen;
        }
        let negative = num > n / 2;
        let mut want = if negative { n - num } else { num };
        while want > 0 {
            let r = d.below_or_eq((n - 1) as u64) as usize;
            if !chosen[r] {
                chosen[r] = true;
                want -= 1;
            }
        }
        if negative {
            chosen.iter_mut().for_each(|c| *c = !*c);
        }
        chosen
    })?;
    let picked = keys
        .iter()
        .zip(&chosen)
        .filter(|(_, &c)| c)
        .map(|(k, _)| k.to_value())
        .collect();
    Ok(Value::from(PhpArray::from_list(picked)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draws_stay_in_range() {
        let mut mt = Mt::new(42, Mode::Mt19937);
        let mut d = Draw::Mt(&mut mt);
        // mt_srand(42); mt_rand(1, 100) is 43 in PHP 8.2.
        assert_eq!(d.below_or_eq(99) + 1, 43);
        let mut s = Draw::Secure;
        assert!((0..200).all(|_| s.below_or_eq(6) <= 6));
        assert_eq!(s.bits().1, 8);
    }
}
