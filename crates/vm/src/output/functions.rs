//! Output handlers and the `ob_*` built-ins, as PHP's `main/output.c`: a user
//! handler gets `($buffer, $phase)` whenever its buffer is flushed, cleaned, removed
//! or fills its chunk size; `false` passes the buffer on unchanged and disables the
//! handler, `true` or `null` pass nothing, anything else is passed on as a string.

use super::{
    Handler, Status, CLEANABLE, FLUSHABLE, OP_CLEAN, OP_FINAL, OP_FLUSH, OP_WRITE, REMOVABLE,
    STDFLAGS,
};
use crate::array::PhpArray;
use crate::builtins::args::{func, get, opt_bool, opt_long};
use crate::builtins::BuiltinSpec;
use crate::value::{ArrayKey, Value};
use crate::vm::{Unwind, Vm};

type R = Result<Value, Unwind>;

pub const FUNCTIONS: &[BuiltinSpec] = &[
    func(
        "ob_start",
        ob_start,
        &["callback", "chunk_size", "flags"],
        0,
    ),
    func("ob_get_clean", ob_get_clean, &[], 0),
    func("ob_get_contents", ob_get_contents, &[], 0),
    func("ob_get_length", ob_get_length, &[], 0),
    func("ob_get_level", ob_get_level, &[], 0),
    func("ob_end_clean", ob_end_clean, &[], 0),
    func("ob_end_flush", ob_end_flush, &[], 0),
    func("ob_get_flush", ob_get_flush, &[], 0),
    func("ob_clean", ob_clean, &[], 0),
    func("ob_flush", ob_flush, &[], 0),
    func("ob_get_status", ob_get_status, &["full_status"], 0),
    func("ob_list_handlers", ob_list_handlers, &[], 0),
];

/// What a handler passes on, and what it threw.
struct Handled {
    passed: Vec<u8>,
    thrown: Option<Unwind>,
}

impl Handled {
    fn passed(passed: Vec<u8>) -> Handled {
        Handled {
            passed,
            thrown: None,
        }
    }

    fn into_result(self) -> Result<Vec<u8>, Unwind> {
        match self.thrown {
            Some(e) => Err(e),
            None => Ok(self.passed),
        }
    }
}

impl Vm {
    /// Output just started (remember where) or a handler's chunk is full (run it).
    /// Echo calls this when `Output::needs_attention` says so.
    pub(crate) fn output_event(&mut self) -> Result<(), Unwind> {
        let thrown = self.run_due_handlers();
        self.note_output_started();
        thrown.map_or(Ok(()), Err)
    }

    /// For writers that cannot raise an exception (`Vm::echo`): what a handler
    /// throws is raised at the next op, as a destructor's exception is.
    pub(crate) fn output_event_later(&mut self) {
        match self.run_due_handlers() {
            Some(Unwind::Throw(e)) => {
                self.pending.get_or_insert(e);
                crate::object::request_safe_point();
            }
            // A fatal error already stopped the script's output.
            Some(Unwind::Exit) | None => {}
        }
        self.note_output_started();
    }

    /// Run the handlers whose chunk is full; the first thing one threw.
    fn run_due_handlers(&mut self) -> Option<Unwind> {
        let mut first = None;
        while let Some(idx) = self.out.next_due() {
            let data = self.out.take_at(idx);
            let handled = self.run_handler(idx, data, OP_WRITE);
            self.out.write_at(idx, &handled.passed);
            if let Some(e) = handled.thrown {
                first.get_or_insert(e);
            }
        }
        first
    }

    fn note_output_started(&mut self) {
        if self.out.take_just_started() {
            self.note_output_start();
        }
    }

    /// Buffer `idx`'s handler over `data` for `op`. A handler that throws (or returns
    /// `false`) is disabled and the data passes on as it was, as in PHP.
    fn run_handler(&mut self, idx: usize, data: Vec<u8>, op: i64) -> Handled {
        let Some((handler, op)) = self.out.begin_op(idx, op) else {
            return Handled::passed(data);
        };
        self.out.running = true;
        let args = vec![Value::from(data.clone()), Value::Long(op)];
        let result = self.call_from_engine(&handler.callable, args);
        self.out.running = false;
        let passed = match result.map(|v| v.deref()) {
            Ok(Value::False) => Err(None),
            Ok(Value::True | Value::Null) => Ok(Vec::new()),
            Ok(v) => v.to_php_string(self).map(|s| s.to_vec()).map_err(Some),
            Err(e) => Err(Some(e)),
        };
        match passed {
            Ok(passed) => {
                self.out.end_op(idx, true);
                Handled::passed(passed)
            }
            // exit() or a fatal error in the handler: nothing more is output.
            Err(Some(Unwind::Exit)) => Handled {
                passed: Vec::new(),
                thrown: Some(Unwind::Exit),
            },
            Err(thrown) => {
                self.out.end_op(idx, false);
                Handled {
                    passed: data,
                    thrown,
                }
            }
        }
    }

    /// `ob_flush`: the innermost buffer goes through its handler and down.
    fn ob_flush_top(&mut self) -> Result<(), Unwind> {
        let idx = self.out.level() - 1;
        let data = self.out.take_at(idx);
        let handled = self.run_handler(idx, data, OP_FLUSH);
        self.out.write_at(idx, &handled.passed);
        handled.into_result()?;
        self.output_event()
    }

    /// `ob_clean`: the handler sees the contents, which are then dropped.
    fn ob_clean_top(&mut self) -> Result<(), Unwind> {
        let idx = self.out.level() - 1;
        let data = self.out.take_at(idx);
        self.run_handler(idx, data, OP_CLEAN).into_result()?;
        Ok(())
    }

    /// Remove the innermost buffer through its handler's final call; its output goes
    /// down unless `discard`.
    fn ob_pop_top(&mut self, discard: bool) -> Result<(), Unwind> {
        let idx = self.out.level() - 1;
        let data = self.out.take_at(idx);
        let op = if discard {
            OP_FINAL | OP_CLEAN
        } else {
            OP_FINAL
        };
        let handled = self.run_handler(idx, data, op);
        self.out.buffers.truncate(idx);
        if !discard {
            self.out.write_at(idx, &handled.passed);
        }
        handled.into_result()?;
        self.output_event()
    }

    /// End of the script (or `fastcgi_finish_request`): every buffer goes through
    /// its handler and down, then to the sink. What a handler throws here is dropped
    /// with its buffer's contents, as PHP shows nothing of either.
    pub(crate) fn output_end_all(&mut self) {
        while self.out.level() > 0 {
            let idx = self.out.level() - 1;
            let data = self.out.take_at(idx);
            let handled = self.run_handler(idx, data, OP_FINAL);
            self.out.buffers.truncate(idx);
            if handled.thrown.is_none() {
                self.out.write_at(idx, &handled.passed);
            }
        }
        self.run_due_handlers();
        self.note_output_started();
        self.out.flush();
    }

    /// An `ob_*` call from inside a handler: PHP drops every buffer and stops.
    fn output_locked(&mut self, fname: &str) -> Result<(), Unwind> {
        if !self.out.running {
            return Ok(());
        }
        self.out.running = false;
        self.out.buffers.clear();
        Err(self.fatal(&format!(
            "{fname}(): Cannot use output buffering in output buffering display handlers"
        )))
    }

    /// PHP's notice for an ability the innermost buffer lacks: "Failed to flush
    /// buffer of default output handler (0)".
    fn ob_refused(&mut self, fname: &str, what: &str) {
        let name = String::from_utf8_lossy(&self.out.top_name()).into_owned();
        let level = self.out.level() - 1;
        self.notice(&format!(
            "{fname}(): Failed to {what} buffer of {name} ({level})"
        ));
    }
}

fn ob_start(vm: &mut Vm, a: &mut [Value]) -> R {
    vm.output_locked("ob_start")?;
    let callback = get(a, 0);
    let handler = if callback.is_null() {
        None
    } else {
        if let Err(e) = vm.resolve_callee(&callback)? {
            vm.warning(&format!("ob_start(): {}", e.callback_reason()));
            vm.notice("ob_start(): Failed to create buffer");
            return Ok(Value::False);
        }
        let name = crate::callable::callable_name(&callback, vm.precision());
        Some(Handler {
            callable: callback,
            name: name.to_string_lossy(14),
        })
    };
    let chunk = opt_long(vm, a, 1, "ob_start", 0)?.max(0);
    let flags = opt_long(vm, a, 2, "ob_start", STDFLAGS)?;
    vm.out.push(handler, chunk as usize, flags);
    Ok(Value::True)
}

/// The notice when there is no buffer at all.
fn no_buffer(vm: &mut Vm, fname: &str, what: &str, to: &str) -> R {
    vm.notice(&format!(
        "{fname}(): Failed to {what} buffer. No buffer to {to}"
    ));
    Ok(Value::False)
}

fn ob_get_clean(vm: &mut Vm, _: &mut [Value]) -> R {
    let Some(contents) = vm.out.contents().map(Value::from) else {
        return Ok(Value::False);
    };
    vm.output_locked("ob_get_clean")?;
    if vm.out.top_can(REMOVABLE) {
        vm.ob_pop_top(true)?;
    } else {
        vm.ob_refused("ob_get_clean", "discard");
        vm.ob_refused("ob_get_clean", "delete");
    }
    Ok(contents)
}

fn ob_get_flush(vm: &mut Vm, _: &mut [Value]) -> R {
    let Some(contents) = vm.out.contents().map(Value::from) else {
        return no_buffer(vm, "ob_get_flush", "delete and flush", "delete or flush");
    };
    vm.output_locked("ob_get_flush")?;
    if vm.out.top_can(REMOVABLE) {
        vm.ob_pop_top(false)?;
    } else {
        vm.ob_refused("ob_get_flush", "send");
        vm.ob_refused("ob_get_flush", "delete");
    }
    Ok(contents)
}

fn ob_get_contents(vm: &mut Vm, _: &mut [Value]) -> R {
    Ok(vm.out.contents().map_or(Value::False, Value::from))
}

fn ob_get_length(vm: &mut Vm, _: &mut [Value]) -> R {
    Ok(vm
        .out
        .contents()
        .map_or(Value::False, |b| Value::Long(b.len() as i64)))
}

fn ob_get_level(vm: &mut Vm, _: &mut [Value]) -> R {
    Ok(Value::Long(vm.out.level() as i64))
}

fn ob_end_clean(vm: &mut Vm, _: &mut [Value]) -> R {
    if vm.out.level() == 0 {
        return no_buffer(vm, "ob_end_clean", "delete", "delete");
    }
    vm.output_locked("ob_end_clean")?;
    if !vm.out.top_can(REMOVABLE) {
        vm.ob_refused("ob_end_clean", "discard");
        return Ok(Value::False);
    }
    vm.ob_pop_top(true)?;
    Ok(Value::True)
}

fn ob_end_flush(vm: &mut Vm, _: &mut [Value]) -> R {
    if vm.out.level() == 0 {
        return no_buffer(vm, "ob_end_flush", "delete and flush", "delete or flush");
    }
    vm.output_locked("ob_end_flush")?;
    if !vm.out.top_can(REMOVABLE) {
        vm.ob_refused("ob_end_flush", "send");
        return Ok(Value::False);
    }
    vm.ob_pop_top(false)?;
    Ok(Value::True)
}

fn ob_clean(vm: &mut Vm, _: &mut [Value]) -> R {
    if vm.out.level() == 0 {
        return no_buffer(vm, "ob_clean", "delete", "delete");
    }
    vm.output_locked("ob_clean")?;
    if !vm.out.top_can(CLEANABLE) {
        vm.ob_refused("ob_clean", "delete");
        return Ok(Value::False);
    }
    vm.ob_clean_top()?;
    Ok(Value::True)
}

fn ob_flush(vm: &mut Vm, _: &mut [Value]) -> R {
    if vm.out.level() == 0 {
        return no_buffer(vm, "ob_flush", "flush", "flush");
    }
    vm.output_locked("ob_flush")?;
    if !vm.out.top_can(FLUSHABLE) {
        vm.ob_refused("ob_flush", "flush");
        return Ok(Value::False);
    }
    vm.ob_flush_top()?;
    Ok(Value::True)
}

fn status_array(level: usize, s: Status) -> Value {
    let mut a = PhpArray::new();
    let mut put = |k: &str, v: Value| a.insert(ArrayKey::from_bytes(k.as_bytes()), v);
    put("name", Value::from(s.name));
    put("type", Value::Long(i64::from(s.user)));
    put("flags", Value::Long(s.flags));
    put("level", Value::Long(level as i64));
    put("chunk_size", Value::Long(s.chunk as i64));
    put("buffer_size", Value::Long(s.size as i64));
    put("buffer_used", Value::Long(s.used as i64));
    Value::from(a)
}

fn ob_get_status(vm: &mut Vm, a: &mut [Value]) -> R {
    let full = opt_bool(vm, a, 0, "ob_get_status", false)?;
    let levels = vm.out.status();
    if full {
        let list = levels
            .into_iter()
            .enumerate()
            .map(|(i, s)| status_array(i, s))
            .collect();
        return Ok(Value::from(PhpArray::from_list(list)));
    }
    let top = levels.len().checked_sub(1);
    Ok(match (top, levels.into_iter().last()) {
        (Some(i), Some(s)) => status_array(i, s),
        _ => Value::from(PhpArray::new()),
    })
}

fn ob_list_handlers(vm: &mut Vm, _: &mut [Value]) -> R {
    let names = vm
        .out
        .status()
        .into_iter()
        .map(|s| Value::from(s.name))
        .collect();
    Ok(Value::from(PhpArray::from_list(names)))
}
