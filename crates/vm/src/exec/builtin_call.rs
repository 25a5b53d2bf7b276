//! Calls of built-in functions that need none of the general call machinery: most
//! of them (`strlen`, `count`, `array_key_exists`, `is_array`…). `do_call` runs such
//! a call with its arguments moved from the VM stack to the machine stack (no
//! `Vec`, no trace bookkeeping); whatever it throws gets the built-in's trace frame
//! as `Vm::run_builtin` gives it.

use super::*;
use crate::builtins::BuiltinSpec;

/// The most arguments a plain built-in call takes (they are held on the machine
/// stack); a call with more goes the general way.
const MAX_ARGS: usize = 6;

impl Vm {
    /// The built-in of the call on top of `calls` when that call is a plain one: to a
    /// built-in that runs no PHP code of its own (no callback, no output handler: those
    /// appear in traces), with positional arguments of a count it takes (else its
    /// ArgumentCountError), no user error handler set (whose traces show the built-in
    /// giving a warning), and a record holding nothing (a function call's).
    #[inline(always)]
    pub(super) fn plain_builtin_call(&self) -> Option<&'static BuiltinSpec> {
        let call = self.calls.last()?;
        let Func::Builtin(spec) = call.func else {
            return None;
        };
        let n = call.num_args as usize;
        let plain = n <= MAX_ARGS
            && !spec.calls_back
            && spec.takes(n)
            && call.rare.is_none()
            && call.this.is_none()
            && call.closure.is_none()
            && call.class.is_none()
            && call.static_class.is_none()
            && self.error_handler.is_none();
        plain.then_some(spec)
    }

    /// Run the call on top of `calls`, which [`Vm::plain_builtin_call`] found plain,
    /// for frame `fi` (the caller, whose `declare(strict_types)` the built-in follows).
    pub(super) fn run_plain_builtin(
        &mut self,
        spec: &'static BuiltinSpec,
        fi: usize,
    ) -> Result<Value, Unwind> {
        let Some(call) = self.calls.pop() else {
            return Ok(Value::Null);
        };
        let (base, n) = (call.args_base, call.num_args as usize);
        // The n arguments (n <= MAX_ARGS) swapped with Undefs, which the stack's top
        // then drops without a call (std::array::from_fn over the slots cost ~140
        // instructions a call, not inlined).
        let mut args: [Value; MAX_ARGS] = Default::default();
        for (arg, slot) in args.iter_mut().zip(&mut self.stack[base..]) {
            std::mem::swap(arg, slot);
        }
        self.stack.truncate(base);
        // The record holds no value (`plain_builtin_call`): dropping it would only call
        // the drop glue.
        std::mem::forget(call);
        let saved = self.builtin_caller.replace(fi);
        let mark = crate::object::next_serial();
        let r = (spec.handler)(self, &mut args[..n]);
        self.builtin_caller = saved;
        if let Err(Unwind::Throw(e)) = &r {
            self.name_builtin_throw(spec, &args[..n], mark, e);
        }
        // Only what owns something is dropped; the rest (the tail is Undef) owns nothing.
        for arg in &mut args[..n] {
            if arg.is_refcounted() {
                drop(std::mem::take(arg));
            }
        }
        std::mem::forget(args);
        r
    }
}

#[cfg(test)]
mod tests {
    use crate::closure::tests::run;

    #[test]
    fn plain_built_in_calls_in_and_out_of_a_namespace() {
        let src = "namespace A; $s = 'abc'; $a = ['k' => 1];
            echo strlen($s), count($a), \\strlen($s), array_key_exists('k', $a) ? 'y' : 'n',
                str_repeat('-', 2), implode(',', [1, 2]), \"\\n\";";
        assert_eq!(run(src), "313y--1,2\n");
    }

    #[test]
    fn by_reference_parameters_of_built_ins_and_of_functions_known_at_run_time() {
        let src = "namespace A; function f(&$x) { $x = 1; } function g($x) { return $x; }
            $a = [3, 1]; sort($a); preg_match('/b(c)/', 'abc', $m); echo implode(',', $a), $m[1];
            $b = []; f($b['k']); $o = new \\stdClass; f($o->p); $o->q = 2;
            echo $b['k'], $o->p, g($b['k']), g($o->q), strlen($m[1]), strlen($o->q);
            try { sort([1]); } catch (\\Error $e) { echo ' ', $e->getMessage(); }";
        assert_eq!(
            run(src),
            "1,3c111211 sort(): Argument #1 ($array) cannot be passed by reference"
        );
    }

    #[test]
    fn a_throwing_plain_built_in_is_caught_where_it_was_called() {
        let src = "namespace A;
            try { str_repeat('x', -1); echo 'no'; } catch (\\ValueError $e) {
                echo $e->getMessage(), ' ', $e->getTrace()[0]['function'], ' ', $e->getLine(); }
            try { strlen(); } catch (\\ArgumentCountError $e) { echo ' ', $e->getMessage(); }";
        assert_eq!(
            run(src),
            "str_repeat(): Argument #2 ($times) must be greater than or equal to 0 str_repeat 2 \
             strlen() expects exactly 1 argument, 0 given"
        );
    }
}
