//! The cycle collector (Zend's `zend_gc.c`): `gc_collect_cycles()` and the automatic
//! collection when the buffer of possible roots fills up.
//!
//! Values are `Rc`s, so a cycle (`$a->self = $a`) keeps itself alive. Zend finds such
//! garbage by trial deletion from a buffer of "possible roots" (values whose refcount
//! was decremented to non-zero). We cannot hook an `Rc` decrement, so:
//!
//! - **Possible roots** are every object and every reference (`&`) when created: a
//!   `Weak` pushed on a buffer (one push per `new`; the `Weak` keeps only the freed
//!   allocation's bytes until the next collection prunes it). Every cycle goes through
//!   an object or a reference (an array cannot hold itself without one), so the buffer
//!   sees every cycle. Candidates that survive a collection stay in the buffer: they may
//!   become garbage later, and nothing would tell us. Objects whose declared properties
//!   are all of scalar types join only when they get more (a dynamic property,
//!   unserialized members): until then nothing they hold leads back to them
//!   (`object::collectable`).
//! - **Collection by counting**: from the candidates, walk every edge (properties,
//!   array elements, references, closures' bound variables and `$this`, generators'
//!   frames, iterator states) and count, for each node reached (object, array `Rc`,
//!   reference `Rc`), the edges coming from other reached nodes. A node whose
//!   `Rc::strong_count` exceeds that count is held from outside (the VM stack, globals,
//!   statics, a built-in's locals) and is live with everything it reaches; the rest is
//!   garbage. A missed edge only makes a node look held from outside: a leak, never a
//!   wrong free.
//! - **Destructors** as PHP 8.2: garbage objects with a `__destruct` not yet called,
//!   and everything they reach, are spared; their destructors run; then the collector
//!   runs once more, so an object its destructor stored somewhere survives
//!   ("resurrection") and the others are freed. The garbage is freed as Zend's loop
//!   does: each object, in buffer order, empties its contents (which breaks every
//!   cycle), so freed handles are reused in Zend's order.
//! - **Cost**: one `Weak` push per object or reference created. The automatic
//!   collection starts when the live candidates added since the last one reach PHP's
//!   threshold (10,001, adapted as `gc_adjust_threshold` does) and also outnumber the
//!   candidates that survived the last one, so walking the survivors again stays
//!   proportional to the allocations (PHP rescans only decremented roots).
//! - **The end of a request** frees what is left without calling destructors or
//!   tracing (PHP's shutdown frees its object store the same way): [`free_request`]
//!   empties every live candidate when a web request's `Vm` is dropped, so nothing
//!   of a request survives into the next one.
//!
//! Known differences from PHP: `gc_status()['roots']` counts the live objects and
//! references created since the last collection, not the values decremented to
//! non-zero, so an automatic collection may start a few values earlier or later than
//! PHP's; an explicit `gc_collect_cycles()` walks every live candidate, not only the
//! decremented ones; a cycle through a class's static property is never garbage
//! (classes are not traced).

use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::rc::{Rc, Weak};

use crate::array::PhpArray;
use crate::object::{Native, PhpObject};
use crate::value::{PhpRef, Value};
use crate::vm::{Unwind, Vm};

/// Zend's `GC_THRESHOLD_DEFAULT` (10,000 roots + the unused first slot).
pub const THRESHOLD_DEFAULT: usize = 10_001;
const THRESHOLD_STEP: usize = 10_000;
const THRESHOLD_MAX: usize = 1_000_000_000;
/// A collection freeing fewer values than this raises the threshold.
const THRESHOLD_TRIGGER: usize = 100;

/// The collector's per-thread state (Zend's `zend_gc_globals`).
struct Collector {
    objects: Vec<Weak<PhpObject>>,
    refs: Vec<Weak<RefCell<Value>>>,
    /// How many of `objects` and `refs` the last collection kept (the rest came since).
    old_objects: usize,
    old_refs: usize,
    /// The count of new candidates at which to look again whether the buffer is full.
    check_at: usize,
    threshold: usize,
    runs: u64,
    collected: u64,
    /// A collection is running (it is not reentrant: destructors may call it).
    active: bool,
    /// The buffer is full: collect at the VM's next safe point.
    wanted: bool,
}

thread_local! {
    static GC: RefCell<Collector> = const {
        RefCell::new(Collector {
            objects: Vec::new(),
            refs: Vec::new(),
            old_objects: 0,
            old_refs: 0,
            check_at: THRESHOLD_DEFAULT,
            threshold: THRESHOLD_DEFAULT,
            runs: 0,
            collected: 0,
            active: false,
            wanted: false,
        })
    };
}

impl Collector {
    /// Candidates added since the last collection.
    fn added(&self) -> usize {
        self.objects.len().saturating_sub(self.old_objects)
            + self.refs.len().saturating_sub(self.old_refs)
    }

    fn survivors(&self) -> usize {
        self.old_objects + self.old_refs
    }

    /// After a new candidate: true when the buffer is full. Like PHP's roots, only
    /// live candidates count: the dead ones (most references are short-lived) are
    /// pruned first. The buffer must also outnumber the survivors of the last
    /// collection, which the next one walks again (so walking stays proportional to
    /// allocations); a full buffer is looked at again an eighth of a threshold later
    /// at the earliest, so pruning costs O(1) per candidate.
    #[inline]
    fn note_added(&mut self) -> bool {
        if self.added() < self.check_at || self.wanted {
            return false;
        }
        self.check_full()
    }

    /// The part of [`Collector::note_added`] past its quick test, kept out of line so
    /// that every `new` pays only the test.
    #[cold]
    #[inline(never)]
    fn check_full(&mut self) -> bool {
        let (old_objects, old_refs) = (self.old_objects, self.old_refs);
        prune_tail(&mut self.objects, old_objects);
        prune_tail(&mut self.refs, old_refs);
        let live = self.added();
        let full_at = self.threshold.max(self.survivors());
        if live >= full_at {
            self.wanted = true;
        } else {
            self.check_at = live + (full_at - live).max(self.threshold / 8);
        }
        self.wanted
    }
}

/// Drop the dead entries of `v` after `from`, in order, walking only those (the
/// survivors before `from` may be many more than a threshold).
fn prune_tail<T>(v: &mut Vec<Weak<T>>, from: usize) {
    let start = from.min(v.len());
    let mut kept = start;
    for i in start..v.len() {
        if v[i].strong_count() > 0 {
            v.swap(kept, i);
            kept += 1;
        }
    }
    v.truncate(kept);
}

fn with_gc<T>(f: impl FnOnce(&mut Collector) -> T) -> Option<T> {
    GC.try_with(|g| g.try_borrow_mut().ok().map(|mut g| f(&mut g)))
        .ok()
        .flatten()
}

/// A new object is a possible root.
#[inline]
pub fn possible_root(o: &Rc<PhpObject>) {
    let full = with_gc(|g| {
        g.objects.push(Rc::downgrade(o));
        g.note_added()
    });
    if full == Some(true) {
        crate::object::request_safe_point();
    }
}

/// A new reference is a possible root.
#[inline]
pub fn possible_root_ref(r: &PhpRef) {
    let full = with_gc(|g| {
        g.refs.push(Rc::downgrade(r));
        g.note_added()
    });
    if full == Some(true) {
        crate::object::request_safe_point();
    }
}

/// `gc_status()`: runs, collected, threshold, roots.
pub struct Status {
    pub runs: u64,
    pub collected: u64,
    pub threshold: usize,
    /// Candidates added since the last collection and still alive.
    pub roots: usize,
}

pub fn status() -> Status {
    with_gc(|g| {
        let alive = g.objects[g.old_objects..]
            .iter()
            .map(Weak::strong_count)
            .chain(g.refs[g.old_refs..].iter().map(Weak::strong_count))
            .filter(|&n| n > 0)
            .count();
        Status {
            runs: g.runs,
            collected: g.collected,
            threshold: g.threshold,
            roots: alive,
        }
    })
    .unwrap_or(Status {
        runs: 0,
        collected: 0,
        threshold: THRESHOLD_DEFAULT,
        roots: 0,
    })
}

/// Whether an automatic collection is due now (and clears the request).
pub fn take_wanted() -> bool {
    with_gc(|g| {
        let due = g.wanted && !g.active;
        if due {
            g.wanted = false;
        }
        due
    })
    .unwrap_or(false)
}

/// Zend's `gc_adjust_threshold`: collections that free little raise the threshold,
/// productive ones bring it back down.
pub fn adjust_threshold(freed: usize) {
    with_gc(|g| {
        if freed < THRESHOLD_TRIGGER || g.survivors() >= g.threshold {
            g.threshold = (g.threshold + THRESHOLD_STEP).min(THRESHOLD_MAX);
        } else if g.threshold > THRESHOLD_DEFAULT {
            g.threshold = (g.threshold - THRESHOLD_STEP).max(THRESHOLD_DEFAULT);
        }
        g.check_at = g.threshold.max(g.survivors());
    });
}

/// A node of the graph: a refcounted value that can be part of a cycle.
#[derive(Clone)]
enum Node {
    Object(Rc<PhpObject>),
    Array(Rc<PhpArray>),
    Ref(PhpRef),
}

impl Node {
    fn strong_count(&self) -> usize {
        match self {
            Node::Object(o) => Rc::strong_count(o),
            Node::Array(a) => Rc::strong_count(a),
            Node::Ref(r) => Rc::strong_count(r),
        }
    }

    /// What `gc_collect_cycles()` counts: objects and arrays, not references (Zend:
    /// "don't count references for compatibility").
    fn counted(&self) -> bool {
        !matches!(self, Node::Ref(_))
    }
}

/// Hashes a node's address: addresses are unique, a multiply spreads them (SipHash
/// was 40% of a collection).
#[derive(Default)]
struct AddrHasher(u64);

impl Hasher for AddrHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_usize(self.0 as usize ^ b as usize);
        }
    }

    fn write_usize(&mut self, n: usize) {
        let h = (n as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        self.0 = h ^ (h >> 32);
    }
}

/// The graph reachable from the candidates: each node once (held here, so its
/// strong count is one more than its holders'), the edges between them, and how
/// many edges come into each.
pub struct Tracer {
    nodes: Vec<Node>,
    index: HashMap<usize, u32, BuildHasherDefault<AddrHasher>>,
    /// Edges into each node from scanned nodes.
    internal: Vec<u32>,
    /// A node we could not scan (its contents were borrowed): kept alive.
    opaque: Vec<bool>,
    /// Each node's children: `edges[span.0..span.0 + span.1]`.
    spans: Vec<(u32, u32)>,
    edges: Vec<u32>,
    todo: Vec<u32>,
}

impl Tracer {
    fn new() -> Tracer {
        Tracer {
            nodes: Vec::new(),
            index: HashMap::default(),
            internal: Vec::new(),
            opaque: Vec::new(),
            spans: Vec::new(),
            edges: Vec::new(),
            todo: Vec::new(),
        }
    }

    /// An edge to a value (scalars and strings hold nothing).
    pub fn value(&mut self, v: &Value) {
        match v {
            Value::Object(o) => self.object(o),
            Value::Array(a) => self.array(a),
            Value::Reference(r) => self.edge(Rc::as_ptr(r) as usize, || Node::Ref(r.clone())),
            _ => {}
        }
    }

    pub fn values<'a>(&mut self, vs: impl IntoIterator<Item = &'a Value>) {
        for v in vs {
            self.value(v);
        }
    }

    /// An edge to an object held by an `Rc` outside a `Value`.
    pub fn object(&mut self, o: &Rc<PhpObject>) {
        self.edge(Rc::as_ptr(o) as usize, || Node::Object(o.clone()));
    }

    /// An edge to a shared array. Empty arrays hold nothing (PHP's are immutable).
    pub fn array(&mut self, a: &Rc<PhpArray>) {
        if !a.is_empty() {
            self.edge(Rc::as_ptr(a) as usize, || Node::Array(a.clone()));
        }
    }

    fn edge(&mut self, addr: usize, node: impl FnOnce() -> Node) {
        let i = self.node(addr, node);
        self.internal[i as usize] += 1;
        self.edges.push(i);
    }

    fn node(&mut self, addr: usize, node: impl FnOnce() -> Node) -> u32 {
        if let Some(&i) = self.index.get(&addr) {
            return i;
        }
        let i = self.nodes.len() as u32;
        self.nodes.push(node());
        self.index.insert(addr, i);
        self.internal.push(0);
        self.opaque.push(false);
        self.spans.push((0, 0));
        self.todo.push(i);
        i
    }

    /// Walk everything reachable from the nodes added so far.
    fn scan_all(&mut self) {
        while let Some(i) = self.todo.pop() {
            let start = self.edges.len();
            let scanned = match self.nodes[i as usize].clone() {
                Node::Object(o) => self.scan_object(&o),
                Node::Array(a) => {
                    self.values(a.values());
                    true
                }
                Node::Ref(r) => match r.try_borrow() {
                    Ok(v) => {
                        self.value(&v);
                        true
                    }
                    Err(_) => false,
                },
            };
            self.opaque[i as usize] = !scanned;
            self.spans[i as usize] = (start as u32, (self.edges.len() - start) as u32);
        }
    }

    /// An object's edges; false if part of it was borrowed (being written).
    fn scan_object(&mut self, o: &PhpObject) -> bool {
        let (Ok(slots), Ok(dynamic), Ok(native)) = (
            o.slots.try_borrow(),
            o.dynamic.try_borrow(),
            o.native.try_borrow(),
        ) else {
            return false;
        };
        self.values(slots.iter());
        if let Some(d) = dynamic.as_ref() {
            self.values(d.values());
        }
        match &*native {
            Native::Generator(g) => g.trace(self),
            Native::Closure(c) => c.trace(self),
            Native::Iteration(it) => self.object(it),
            Native::Spl(s) => match &**s {
                // The storage is a shared array: one edge to it, not to its elements.
                crate::class::spl::State::Array(crate::class::spl::array::Arr {
                    storage: Value::Array(a),
                    ..
                }) => self.array(a),
                s => s.for_each_value(&mut |v| self.value(v)),
            },
            // Other states hold no values the collector follows (a missed edge only
            // keeps its target alive).
            _ => {}
        }
        true
    }

    /// Which nodes are held from outside the graph, with all they reach.
    fn live(&self) -> Vec<bool> {
        let mut live: Vec<bool> = (0..self.nodes.len())
            .map(|i| {
                // One strong count is the graph's own clone.
                self.opaque[i] || self.nodes[i].strong_count() - 1 > self.internal[i] as usize
            })
            .collect();
        let mut stack: Vec<u32> = (0..self.nodes.len() as u32)
            .filter(|&i| live[i as usize])
            .collect();
        self.spread(&mut live, &mut stack, |_| true);
        live
    }

    /// Mark everything reachable from `stack` (within `allowed`).
    fn spread(&self, mark: &mut [bool], stack: &mut Vec<u32>, allowed: impl Fn(usize) -> bool) {
        while let Some(i) = stack.pop() {
            let (start, len) = self.spans[i as usize];
            for &c in &self.edges[start as usize..(start + len) as usize] {
                if !mark[c as usize] && allowed(c as usize) {
                    mark[c as usize] = true;
                    stack.push(c);
                }
            }
        }
    }
}

/// Whether the object's destructor (or a generator's `finally`) is still to run.
fn needs_destruct(o: &PhpObject) -> bool {
    if o.is_destructed() {
        return false;
    }
    o.class.magic.destruct.is_some()
        || o.native
            .try_borrow()
            .is_ok_and(|n| matches!(&*n, Native::Generator(g) if g.needs_close()))
}

/// One pass's verdict.
struct Sweep {
    /// Garbage to free now, in buffer order.
    free: Vec<Node>,
    /// Garbage objects whose destructors run first (they and all they reach wait
    /// for the next pass).
    destruct: Vec<Weak<PhpObject>>,
}

/// Build the graph from the candidates, keep the ones still alive (not freed by this
/// pass) in the buffer, and sort the garbage.
fn analyse(destructors: bool) -> Sweep {
    let Some((objects, refs)) = with_gc(|g| {
        g.runs += u64::from(!g.objects.is_empty() || !g.refs.is_empty());
        // Objects freed while we look (a resurrected one) start a fresh buffer.
        g.old_objects = 0;
        g.old_refs = 0;
        g.check_at = usize::MAX;
        (std::mem::take(&mut g.objects), std::mem::take(&mut g.refs))
    }) else {
        return Sweep {
            free: Vec::new(),
            destruct: Vec::new(),
        };
    };
    let mut t = Tracer::new();
    // The candidates' nodes, in buffer order (None: freed since).
    let mut root_nodes: Vec<Option<u32>> = Vec::with_capacity(objects.len() + refs.len());
    for w in &objects {
        root_nodes.push(
            w.upgrade()
                .map(|o| t.node(Rc::as_ptr(&o) as usize, || Node::Object(o.clone()))),
        );
    }
    for w in &refs {
        root_nodes.push(
            w.upgrade()
                .map(|r| t.node(Rc::as_ptr(&r) as usize, || Node::Ref(r.clone()))),
        );
    }
    t.scan_all();
    let live = t.live();
    let garbage = |i: usize| !live[i];
    // Garbage with destructors to run, and what it reaches, waits for the next pass.
    let mut spared = vec![false; t.nodes.len()];
    let mut destruct = Vec::new();
    if destructors {
        let mut stack = Vec::new();
        for (i, n) in t.nodes.iter().enumerate() {
            if let Node::Object(o) = n {
                if garbage(i) && needs_destruct(o) {
                    destruct.push(Rc::downgrade(o));
                    spared[i] = true;
                    stack.push(i as u32);
                }
            }
        }
        t.spread(&mut spared, &mut stack, garbage);
    }
    // Candidates stay in the buffer unless freed now.
    let keep = |n: Option<u32>| n.is_some_and(|i| live[i as usize] || spared[i as usize]);
    let (root_objs, root_refs) = root_nodes.split_at(objects.len());
    let objects: Vec<_> = objects
        .into_iter()
        .zip(root_objs)
        .filter(|(_, &n)| keep(n))
        .map(|(w, _)| w)
        .collect();
    let refs: Vec<_> = refs
        .into_iter()
        .zip(root_refs)
        .filter(|(_, &n)| keep(n))
        .map(|(w, _)| w)
        .collect();
    let free = t
        .nodes
        .iter()
        .enumerate()
        .filter(|&(i, _)| garbage(i) && !spared[i])
        .map(|(_, n)| n.clone())
        .collect();
    drop(t);
    with_gc(|g| {
        // Candidates created while we looked come after the survivors.
        let added_objs = std::mem::replace(&mut g.objects, objects);
        let added_refs = std::mem::replace(&mut g.refs, refs);
        g.old_objects = g.objects.len();
        g.old_refs = g.refs.len();
        g.check_at = g.threshold.max(g.survivors());
        g.objects.extend(added_objs);
        g.refs.extend(added_refs);
    });
    Sweep { free, destruct }
}

/// Break the garbage's cycles and free it; returns what PHP counts.
///
/// As Zend's free loop: each garbage object in buffer order releases its contents
/// (what only it held goes with them, freeing handles first), then goes itself. Only
/// `Weak`s are kept, so an object goes as soon as nothing holds it any more.
fn free_garbage(free: Vec<Node>) -> usize {
    enum Held {
        Object(Weak<PhpObject>),
        Ref(Weak<RefCell<Value>>),
    }
    let count = free.iter().filter(|n| n.counted()).count();
    let held: Vec<Held> = free
        .iter()
        .filter_map(|n| match n {
            Node::Object(o) => Some(Held::Object(Rc::downgrade(o))),
            Node::Ref(r) => Some(Held::Ref(Rc::downgrade(r))),
            Node::Array(_) => None,
        })
        .collect();
    drop(free);
    for h in held {
        match h {
            Held::Object(w) => empty_object(w),
            Held::Ref(w) => empty_ref(w),
        }
    }
    count
}

/// An object still alive lets go of its properties and native state (whatever only
/// it held goes with them): what breaks a cycle through it.
fn empty_object(w: Weak<PhpObject>) {
    let Some(o) = w.upgrade() else { return };
    let slots = o
        .slots
        .try_borrow_mut()
        .map(|mut s| s.iter_mut().map(std::mem::take).collect::<Vec<_>>());
    let dynamic = o.dynamic.try_borrow_mut().map(|mut d| d.take());
    let native = o
        .native
        .try_borrow_mut()
        .map(|mut n| std::mem::take(&mut *n));
    drop((slots, dynamic, native));
}

/// A reference still alive lets go of its value.
fn empty_ref(w: Weak<RefCell<Value>>) {
    let Some(r) = w.upgrade() else { return };
    let v = r.try_borrow_mut().map(|mut v| std::mem::take(&mut *v));
    drop(v);
}

/// The end of a web request, as Zend's shutdown frees its whole object store after
/// the destructors ran: every object and reference still alive lets go of what it
/// holds, in buffer order, without tracing who holds it. Only cycles and the VM's
/// last fields (class tables, callbacks) still hold values at this point, and the
/// request is over for all of them; values kept for later requests (a kept class's
/// constants) are reset before their next use. The buffer starts empty.
fn free_request() {
    crate::object::set_destructors_enabled(false);
    let Some((objects, refs)) = with_gc(|g| {
        g.old_objects = 0;
        g.old_refs = 0;
        g.check_at = g.threshold;
        g.wanted = false;
        (std::mem::take(&mut g.objects), std::mem::take(&mut g.refs))
    }) else {
        return;
    };
    objects.into_iter().for_each(empty_object);
    refs.into_iter().for_each(empty_ref);
}

/// Free the cycles left without running destructors, by tracing (what a request's
/// end did before [`free_request`]; the tests' way to look at the buffer).
#[cfg(test)]
pub fn collect_detached() -> usize {
    // Destructors are off: a freed object with one must not be queued for a VM.
    crate::object::set_destructors_enabled(false);
    let mut total = 0;
    loop {
        let freed = free_garbage(analyse(false).free);
        total += freed;
        if freed == 0 {
            return total;
        }
    }
}

/// A new request: the statistics start over (Zend's `gc_reset`); the threshold is
/// the process's.
fn reset_stats() {
    with_gc(|g| {
        g.runs = 0;
        g.collected = 0;
    });
}

/// A web request's VM lets go of its variables, then of every object still alive, so
/// an fpm worker holds nothing of a request while it waits for the next one (the
/// CLI's VM ends with the process).
impl Drop for Vm {
    fn drop(&mut self) {
        if self.sapi.web.is_none() {
            return;
        }
        drop((
            std::mem::take(&mut self.stack),
            std::mem::take(&mut self.frames),
            std::mem::take(&mut self.calls),
            std::mem::take(&mut self.global_syms),
            std::mem::take(&mut self.statics),
            std::mem::take(&mut self.constants),
        ));
        free_request();
        reset_stats();
    }
}

impl Vm {
    /// `gc_collect_cycles()`: free the garbage cycles and return how many values PHP
    /// counts as freed. Destructors run first; the collector then runs once more.
    pub fn collect_cycles(&mut self) -> Result<usize, Unwind> {
        let started = with_gc(|g| !std::mem::replace(&mut g.active, true));
        if started != Some(true) {
            return Ok(0);
        }
        let mut total = 0;
        let mut thrown: Option<Rc<PhpObject>> = None;
        let mut exit = false;
        let line = self.line;
        for _pass in 0..2 {
            let Sweep { free, destruct } = analyse(true);
            for w in &destruct {
                let Some(o) = w.upgrade() else { continue };
                if !o.mark_destructed() || exit {
                    continue;
                }
                // Each is called from where the collection started.
                self.line = line;
                match self.destruct_object(&o) {
                    Ok(()) => {}
                    Err(Unwind::Throw(e)) => {
                        if let Some(old) = thrown.take() {
                            crate::throwable::set_previous(&e, old);
                        }
                        thrown = Some(e);
                    }
                    Err(Unwind::Exit) => exit = true,
                }
                // Its destructor let go of everything else: freed here, and counted
                // (Zend finds it garbage in its second pass).
                if Rc::strong_count(&o) == 1 {
                    total += 1;
                }
            }
            total += free_garbage(free);
            if destruct.is_empty() || exit {
                break;
            }
        }
        with_gc(|g| {
            g.active = false;
            g.collected += total as u64;
        });
        if exit {
            return Err(Unwind::Exit);
        }
        thrown.map_or(Ok(total), |e| Err(Unwind::Throw(e)))
    }

    /// The automatic collection, when the buffer of possible roots is full; with
    /// `zend.enable_gc` off the buffer just grows (a threshold later it looks again).
    pub(crate) fn collect_cycles_auto(&mut self) -> Result<(), Unwind> {
        if !self.gc_enabled() {
            with_gc(|g| g.check_at = g.added() + g.threshold);
            return Ok(());
        }
        let freed = self.collect_cycles()?;
        adjust_threshold(freed);
        Ok(())
    }

    /// `zend.enable_gc` (`gc_enable()`, `gc_disable()`, `ini_set`).
    pub fn gc_enabled(&self) -> bool {
        self.ini_get("zend.enable_gc").is_none_or(|v| {
            let v = v.trim();
            ["1", "on", "yes", "true"]
                .iter()
                .any(|t| v.eq_ignore_ascii_case(t))
                || v.parse::<i64>().is_ok_and(|n| n != 0)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::ArrayKey;

    fn std_object() -> Rc<PhpObject> {
        PhpObject::std_class(PhpArray::new())
    }

    fn set(o: &PhpObject, name: &str, v: Value) {
        o.set_prop(name, v);
    }

    // Output of code run as `php -n -r` does (expectations are what php prints).
    use crate::closure::tests::run;

    #[test]
    fn a_cycle_nobody_holds_is_freed_and_one_held_from_outside_is_not() {
        collect_detached();
        let a = std_object();
        let b = std_object();
        set(&a, "b", Value::Object(b.clone()));
        set(&b, "a", Value::Object(a.clone()));
        let (wa, wb) = (Rc::downgrade(&a), Rc::downgrade(&b));
        drop(b);
        // `a` is held here: the pair is live.
        assert_eq!(collect_detached(), 0);
        assert!(wb.upgrade().is_some());
        drop(a);
        assert_eq!(collect_detached(), 2);
        assert!(wa.upgrade().is_none() && wb.upgrade().is_none());
    }

    #[test]
    fn a_requests_end_empties_every_live_candidate_without_tracing() {
        collect_detached();
        let a = std_object();
        let b = std_object();
        set(&a, "b", Value::Object(b.clone()));
        set(&b, "a", Value::Object(a.clone()));
        let r: PhpRef = Rc::new(RefCell::new(Value::Object(b.clone())));
        possible_root_ref(&r);
        let wb = Rc::downgrade(&b);
        drop(b);
        // Still held here (as a value kept for a later request may be): emptied all
        // the same, so the pair goes with the reference's value.
        free_request();
        assert!(a.dynamic.borrow().as_ref().is_none_or(|d| d.is_empty()));
        assert!(r.borrow().is_null());
        assert!(wb.upgrade().is_none());
        assert_eq!(status().roots, 0);
    }

    #[test]
    fn arrays_are_counted_references_are_not() {
        collect_detached();
        // $o->a = [&$o]: the object and the array are counted, the reference is not.
        let o = std_object();
        let r: PhpRef = Rc::new(RefCell::new(Value::Object(o.clone())));
        possible_root_ref(&r);
        let arr = PhpArray::from_list(vec![Value::Reference(r.clone())]);
        set(&o, "a", Value::from(arr));
        let w = Rc::downgrade(&r);
        drop(o);
        drop(r);
        assert_eq!(collect_detached(), 2);
        assert!(w.upgrade().is_none());
    }

    #[test]
    fn a_value_reached_from_a_live_node_stays_intact() {
        collect_detached();
        let holder = std_object();
        let cyc = std_object();
        set(&cyc, "me", Value::Object(cyc.clone()));
        let mut list = PhpArray::new();
        list.insert(ArrayKey::Int(0), Value::Object(cyc.clone()));
        set(&holder, "list", Value::from(list));
        drop(cyc);
        assert_eq!(collect_detached(), 0);
        let Value::Array(list) = holder.prop("list") else {
            panic!("the list is still there")
        };
        let Some(Value::Object(cyc)) = list.get(&ArrayKey::Int(0)) else {
            panic!("the object is still there")
        };
        assert!(matches!(cyc.prop("me"), Value::Object(_)));
    }

    #[test]
    fn the_buffer_asks_for_a_collection_at_the_threshold() {
        collect_detached();
        let keep: Vec<_> = (0..THRESHOLD_DEFAULT - 1).map(|_| std_object()).collect();
        assert!(!take_wanted());
        let last = std_object();
        assert!(take_wanted());
        assert!(!take_wanted());
        drop((keep, last));
    }

    #[test]
    fn pruning_keeps_the_survivors() {
        let a = std_object();
        let b = std_object();
        let mut v = vec![
            Rc::downgrade(&a),
            Weak::new(),
            Rc::downgrade(&b),
            Weak::new(),
        ];
        prune_tail(&mut v, 2);
        assert_eq!(v.len(), 3);
        assert!(v[0].upgrade().is_some() && v[2].upgrade().is_some());
    }

    #[test]
    fn php_counts_destructors_and_resurrection() {
        let src = r#"
class N { public $o; function __construct(public $n) {} function __destruct() { echo "d{$this->n} "; } }
$a = new N(1); $b = new N(2); $a->o = $b; $b->o = $a; unset($a, $b);
var_dump(gc_collect_cycles());
class P { public $self; static $keep; function __destruct() { echo "p "; self::$keep = $this; } }
$p = new P; $p->self = $p; unset($p);
var_dump(gc_collect_cycles());
P::$keep = null;
var_dump(gc_collect_cycles());
$r = [1]; $r[] = &$r; unset($r);
var_dump(gc_collect_cycles());
$s = gc_status();
echo $s['runs'], ' ', $s['collected'], ' ', $s['threshold'], "\n";
"#;
        assert_eq!(
            run(src),
            "d1 d2 int(2)\np int(0)\nint(1)\nint(1)\n6 4 10001\n"
        );
    }

    #[test]
    fn cycles_left_at_the_end_are_freed_without_destructors() {
        let cycle = r#"
class D { public $me; function __destruct() { echo "shutdown "; } }
$d = new D; $d->me = $d;
$o = new stdClass; $o->me = $o; unset($o);
echo "done ";
"#;
        assert_eq!(run(cycle), "done shutdown ");
        // What the request left: its two cycles, freed without a destructor call.
        assert_eq!(collect_detached(), 2);
        assert_eq!(collect_detached(), 0);
    }

    #[test]
    fn objects_of_scalar_typed_classes_join_the_buffer_when_they_can_hold_more() {
        // Left out of the buffer at `new`; a dynamic property or unserialized members
        // make them candidates (expectations from php -n).
        let src = r#"
error_reporting(E_ALL & ~E_DEPRECATED);
class S { public int $n = 0; public ?string $s = null; }
$a = new S; $b = new S; $a->other = $b; $b->other = $a; unset($a, $b);
var_dump(gc_collect_cycles());
$c = new S; $r = &$c->n; unset($r); $x = new S; $c->n = 5;
$u = unserialize('O:1:"S":2:{s:1:"n";i:1;s:4:"self";N;}'); $u->self = $u; unset($u);
var_dump(gc_collect_cycles());
class T extends S { public float $f = 1.5; }
$t = new T; $t->me = $t; unset($t);
var_dump(gc_collect_cycles());
$keep = []; for ($i = 0; $i < 5; $i++) { $keep[] = new S; }
echo spl_object_id(new S), " ", count($keep), "\n";
"#;
        assert_eq!(run(src), "int(2)\nint(1)\nint(1)\n8 5\n");
    }

    #[test]
    fn closures_and_generators_are_traversed() {
        let src = r#"
class B { public $f; function __construct() { $this->f = function () { return $this; }; } }
new B;
var_dump(gc_collect_cycles());
function g() { try { $me = yield 1; yield 2; } finally { echo "finally\n"; } }
$g = g(); $g->current(); $g->send($g); unset($g);
var_dump(gc_collect_cycles());
"#;
        assert_eq!(run(src), "int(2)\nfinally\nint(1)\n");
    }
}
