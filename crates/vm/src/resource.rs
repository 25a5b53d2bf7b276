//! Resources (`zend_resource`): a numbered handle to something outside PHP's values,
//! here streams and directory handles. Closing frees the thing; the value lives on as
//! `resource (closed)` of type `Unknown`.

use std::cell::RefCell;

/// What a resource holds.
pub enum ResourceKind {
    Stream(Box<crate::stream::Stream>),
    Dir(crate::stream::DirHandle),
    /// `stream_context_create()`: its options (see `builtins/context.rs`).
    Context(Box<crate::builtins::context::Context>),
    /// `proc_open()`'s child process (see `builtins/shell.rs`).
    Process(crate::builtins::shell::ProcHandle),
    /// `stream_filter_append()`'s handle: the stream and its filters' ids (one per
    /// chain it was put on).
    Filter {
        stream: std::rc::Rc<Resource>,
        ids: Vec<i64>,
    },
    /// A user filter's bucket brigade (`$in`, `$out`): the buckets' bytes.
    Brigade(Vec<Vec<u8>>),
    /// A bucket's own resource (its bytes live in the bucket object).
    Bucket,
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
            ResourceKind::Context(_) => "stream-context",
            ResourceKind::Process(_) => "process",
            ResourceKind::Filter { .. } => "stream filter",
            ResourceKind::Brigade(_) => "userfilter.bucket brigade",
            ResourceKind::Bucket => "userfilter.bucket",
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
