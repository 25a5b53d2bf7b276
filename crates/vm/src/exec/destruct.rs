//! Destructors: `__destruct` when an object's last reference goes, and PHP's
//! shutdown order.

use super::*;

impl Vm {
    /// Call `__destruct` on an object whose last reference went.
    pub(crate) fn destruct_object(&mut self, o: &Rc<PhpObject>) -> Result<(), Unwind> {
        if crate::generator::is_generator(o) {
            return self.gen_destroy(o);
        }
        if let Some(m) = o.class.magic.destruct.clone() {
            self.invoke_method(Some(o.clone()), &m, o.class.clone(), Vec::new())?;
        }
        Ok(())
    }

    /// PHP's shutdown order for destructors: global variables holding the last
    /// reference to an object, last declared first, until none is left; then every
    /// object still alive, in creation (handle) order. None after a fatal error.
    pub(crate) fn shutdown_destructors(&mut self) {
        if self.exit_status != 255 {
            if let Err(Unwind::Throw(e)) = self.shutdown_destructors_inner() {
                self.report_uncaught(&e);
            }
        }
        crate::object::set_destructors_enabled(false);
    }

    fn shutdown_destructors_inner(&mut self) -> Result<(), Unwind> {
        self.run_pending_destructs()?;
        // The globals: the main frame's variables, or the ones it left by name when it
        // returned (`global_syms`, in its slot order).
        let (base, n) = match self.frames.first() {
            Some(main) if main.kind == FrameKind::Main => {
                let loaded = self.scripts[main.script as usize].clone();
                let n = loaded.view().op_arrays[main.op_array as usize].vars.len;
                (main.base, n as usize)
            }
            _ => (usize::MAX, self.global_syms.end_pos()),
        };
        loop {
            let mut changed = false;
            for i in (0..n).rev() {
                let slot = if base == usize::MAX {
                    self.global_syms.value_at_mut(i)
                } else {
                    self.stack.get_mut(base + i)
                };
                let Some(slot) = slot else { continue };
                if matches!(slot, Value::Object(o) if Rc::strong_count(o) == 1) {
                    let last = std::mem::replace(slot, Value::Undef);
                    drop(last);
                    changed = true;
                    self.run_pending_destructs()?;
                }
            }
            if !changed {
                break;
            }
        }
        for o in crate::object::live_destructibles() {
            if o.mark_destructed() {
                self.destruct_object(&o)?;
            }
        }
        self.run_pending_destructs()
    }
}
