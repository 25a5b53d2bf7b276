//! Resources (`zend_resource`): a numbered handle to something outside PHP's values,
//! here streams and directory handles. Closing frees the thing; the value lives on as
//! `resource (closed)` of type `Unknown`.

use std::cell::RefCell;

/// What a resource holds.
pub enum ResourceKind {
    Stream(Box<crate::stream::Stream>),
    Dir(crate::stream::DirHandle),
    /// `stream_context_create()`: accepted where PHP takes a context, not used.
    Context,
    /// `proc_open()`'s child process (see `builtins/shell.rs`).
    Process(crate::builtins::shell::ProcHandle),
    Closed,
}

pub struct Resource {
    pub id: i64,
    pub kind: RefCell<ResourceKind>,
}

impl std::fmt::Debug for Resource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Resource id #{}", self.id)
    }
}

impl Resource {
    /// `get_resource_type()`: `stream` for streams and directories, `Unknown` once closed.
    pub fn type_name(&self) -> &'static str {
        // Only a stream is ever borrowed while user code runs (a user wrapper's).
        let Ok(kind) = self.kind.try_borrow() else {
            return "stream";
        };
        match &*kind {
            ResourceKind::Stream(_) | ResourceKind::Dir(_) => "stream",
            ResourceKind::Context => "stream-context",
            ResourceKind::Process(_) => "process",
            ResourceKind::Closed => "Unknown",
        }
    }

    pub fn is_closed(&self) -> bool {
        matches!(self.kind.try_borrow().as_deref(), Ok(ResourceKind::Closed))
    }
}

impl crate::vm::Vm {
    /// A new resource with the next id.
    pub fn new_resource(&mut self, kind: ResourceKind) -> std::rc::Rc<Resource> {
        self.next_resource_id += 1;
        std::rc::Rc::new(Resource {
            id: self.next_resource_id,
            kind: RefCell::new(kind),
        })
    }
}
