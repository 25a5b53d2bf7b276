//! Scripts as images: a [`PersistedScript`] record, then each table of a
//! [`ScriptView`] copied after it. `persist` puts one in the segment (strings moved
//! to the interned buffer when they fit); the file cache writes the same image to
//! disk. `view_at` builds a `ScriptView` over an image where it lies: every table
//! is a slice of `Copy`, pointer-free `#[repr(C)]` records that refer to each other
//! by index, so loading needs no fix-ups and costs the same for 1 KB as for 1 MB.

use std::collections::HashMap;
use std::mem::{align_of, size_of};
use std::sync::atomic::{AtomicI64, AtomicU64};

use miniphp_compiler::{Script, ScriptView, StrRef};

use crate::segment::Segment;
use crate::{alloc, interned};

/// A table's place: offset in the image's region and number of records.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[repr(C)]
pub struct Part {
    pub off: u64,
    pub len: u64,
}

const PARTS: usize = 20;

/// The record in front of a persisted script's tables.
#[repr(C)]
pub struct PersistedScript {
    /// Bytes taken, record included (what becomes wasted).
    pub size: u64,
    /// The file's mtime when it was compiled.
    pub mtime: i64,
    pub hits: AtomicU64,
    pub last_used: AtomicI64,
    /// Next time the file's mtime is checked (`opcache.revalidate_freq`).
    pub revalidate_at: AtomicI64,
    /// How much of the interned buffer the script's strings may reference.
    pub interned_len: u64,
    pub filename: StrRef,
    pub has_halt_offset: u32,
    pub halt_offset: u32,
    pub parts: [Part; PARTS],
}

/// Memory an image lies in: the segment, or a file cache image read into memory.
pub trait Region {
    /// A pointer to `count` `T`s at `off`, if in bounds and aligned.
    fn ptr<T>(&self, off: u64, count: usize) -> Option<*const T>;

    /// The bytes of the interned buffer a script may reference (`len` of them).
    fn interned(&self, len: u64) -> Option<&[u8]>;
}

impl Region for Segment {
    fn ptr<T>(&self, off: u64, count: usize) -> Option<*const T> {
        Segment::ptr::<T>(self, off, count).map(|p| p.cast_const())
    }

    fn interned(&self, len: u64) -> Option<&[u8]> {
        interned::prefix(self, len)
    }
}

/// A table about to be copied: its bytes and the alignment its records need.
struct Source<'a> {
    bytes: &'a [u8],
    len: usize,
    align: usize,
}

fn source<T: Copy>(s: &[T]) -> Source<'_> {
    // SAFETY: the records are `Copy` plain data (checked by `records_are_plain`);
    // their bytes are read only to be copied elsewhere.
    let bytes = unsafe { std::slice::from_raw_parts(s.as_ptr().cast::<u8>(), size_of_val(s)) };
    Source {
        bytes,
        len: s.len(),
        align: align_of::<T>(),
    }
}

/// The tables in record order (`view_at` reads them back in the same order).
fn sources<'a>(v: &ScriptView<'a>) -> [Source<'a>; PARTS] {
    [
        source(v.strings),
        source(v.ops),
        source(v.literals),
        source(v.array_elems),
        source(v.var_names),
        source(v.arg_infos),
        source(v.type_names),
        source(v.live_ranges),
        source(v.try_catch),
        source(v.op_arrays),
        source(v.functions),
        source(v.dynamic_funcs),
        source(v.classes),
        source(v.class_table),
        source(v.class_consts),
        source(v.props),
        source(v.methods),
        source(v.trait_rules),
        source(v.attributes),
        source(v.attr_args),
    ]
}

pub const RECORD_ALIGN: u64 = 8;

/// Bytes an image of `v` takes (from an 8-aligned start).
pub fn persisted_size(v: &ScriptView<'_>) -> u64 {
    sources(v)
        .iter()
        .fold(size_of::<PersistedScript>() as u64, |at, s| {
            at.next_multiple_of(s.align as u64) + s.bytes.len() as u64
        })
}

/// Copy `v`'s tables after a record at `base` with `write(off, bytes)`; the record.
pub(crate) fn write_image(
    v: &ScriptView<'_>,
    base: u64,
    mtime: i64,
    interned_len: u64,
    mut write: impl FnMut(u64, &[u8]) -> bool,
) -> Option<PersistedScript> {
    let mut at = base + size_of::<PersistedScript>() as u64;
    let mut parts = [Part::default(); PARTS];
    for (part, s) in parts.iter_mut().zip(sources(v)) {
        at = at.next_multiple_of(s.align as u64);
        if !write(at, s.bytes) {
            return None;
        }
        *part = Part {
            off: at,
            len: s.len as u64,
        };
        at += s.bytes.len() as u64;
    }
    Some(PersistedScript {
        size: persisted_size(v),
        mtime,
        hits: AtomicU64::new(0),
        last_used: AtomicI64::new(0),
        revalidate_at: AtomicI64::new(0),
        interned_len,
        filename: v.filename,
        has_halt_offset: v.halt_offset.is_some() as u32,
        halt_offset: v.halt_offset.unwrap_or(0),
        parts,
    })
}

/// An owned copy of a view's tables (its strings resolved into one pool).
pub fn to_script(v: &ScriptView<'_>) -> Script {
    let mut s = Script {
        filename: v.filename,
        strings: v.strings.to_vec(),
        ops: v.ops.to_vec(),
        literals: v.literals.to_vec(),
        array_elems: v.array_elems.to_vec(),
        var_names: v.var_names.to_vec(),
        arg_infos: v.arg_infos.to_vec(),
        type_names: v.type_names.to_vec(),
        live_ranges: v.live_ranges.to_vec(),
        try_catch: v.try_catch.to_vec(),
        op_arrays: v.op_arrays.to_vec(),
        functions: v.functions.to_vec(),
        halt_offset: v.halt_offset,
        dynamic_funcs: v.dynamic_funcs.to_vec(),
        classes: v.classes.to_vec(),
        class_table: v.class_table.to_vec(),
        class_consts: v.class_consts.to_vec(),
        props: v.props.to_vec(),
        methods: v.methods.to_vec(),
        trait_rules: v.trait_rules.to_vec(),
        attributes: v.attributes.to_vec(),
        attr_args: v.attr_args.to_vec(),
    };
    if !v.interned.is_empty() {
        remap_strings(&mut s, v, |_| None);
    }
    s
}

/// Point every string of `s` (read through `v`) either where `intern` puts it
/// (an interned-buffer offset) or into a fresh private pool holding the rest once.
fn remap_strings(s: &mut Script, v: &ScriptView<'_>, mut intern: impl FnMut(&[u8]) -> Option<u32>) {
    let mut pool = Vec::new();
    let mut private: HashMap<&[u8], u32> = HashMap::new();
    s.for_each_str_mut(|r| {
        let bytes = v.str(*r);
        r.start = if bytes.is_empty() {
            0
        } else if let Some(off) = intern(bytes) {
            off | StrRef::INTERNED
        } else {
            *private.entry(bytes).or_insert_with(|| {
                pool.extend_from_slice(bytes);
                (pool.len() - bytes.len()) as u32
            })
        };
    });
    s.strings = pool;
}

/// Allocate and copy `v` into the segment, its strings interned where they fit;
/// the record's offset, or None when the heap is full. Writer lock held; nothing
/// is published here.
pub fn persist(seg: &Segment, v: &ScriptView<'_>, mtime: i64) -> Option<u64> {
    let mut script = to_script(v);
    remap_strings(&mut script, v, |b| interned::find_or_add(seg, b));
    let v = script.view();
    let base = alloc::alloc(seg.header(), persisted_size(&v), RECORD_ALIGN)?;
    let record = write_image(&v, base, mtime, interned::top(seg), |off, b| {
        seg.write(off, b)
    })?;
    seg.place(base, record).then_some(base)
}

/// The record at `off` of a region.
pub fn record_in<R: Region>(region: &R, off: u64) -> Option<&PersistedScript> {
    let p = region.ptr::<PersistedScript>(off, 1)?;
    // SAFETY: `off` came from `persist` (through a published hash entry) or names a
    // checked file image, so a complete record lies there; its plain fields are
    // never written again and the counters are atomics.
    Some(unsafe { &*p })
}

pub fn record(seg: &Segment, off: u64) -> Option<&PersistedScript> {
    record_in(seg, off)
}

fn table<R: Region, T: Copy>(region: &R, p: Part) -> Option<&[T]> {
    let len = usize::try_from(p.len).ok()?;
    let ptr = region.ptr::<T>(p.off, len)?;
    // SAFETY: in bounds and aligned (checked by `ptr`); each table was copied from
    // a slice of the same type by `write_image`, in `sources` order, and images
    // are not written once published.
    Some(unsafe { std::slice::from_raw_parts(ptr, len) })
}

/// The script whose record is at `off`, as the VM executes it: slices into the
/// region. O(1): one bounds check per table, no copy.
pub fn view_at<R: Region>(region: &R, off: u64) -> Option<ScriptView<'_>> {
    let r = record_in(region, off)?;
    let p = &r.parts;
    Some(ScriptView {
        filename: r.filename,
        strings: table(region, p[0])?,
        interned: region.interned(r.interned_len)?,
        ops: table(region, p[1])?,
        literals: table(region, p[2])?,
        array_elems: table(region, p[3])?,
        var_names: table(region, p[4])?,
        arg_infos: table(region, p[5])?,
        type_names: table(region, p[6])?,
        live_ranges: table(region, p[7])?,
        try_catch: table(region, p[8])?,
        op_arrays: table(region, p[9])?,
        functions: table(region, p[10])?,
        halt_offset: (r.has_halt_offset != 0).then_some(r.halt_offset),
        dynamic_funcs: table(region, p[11])?,
        classes: table(region, p[12])?,
        class_table: table(region, p[13])?,
        class_consts: table(region, p[14])?,
        props: table(region, p[15])?,
        methods: table(region, p[16])?,
        trait_rules: table(region, p[17])?,
        attributes: table(region, p[18])?,
        attr_args: table(region, p[19])?,
    })
}

/// A segment-resident script.
pub fn load(seg: &Segment, off: u64) -> Option<ScriptView<'_>> {
    view_at(seg, off)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::Layout;
    use crate::testutil::script_of_size;

    fn seg(size: u64, interned: u64) -> Segment {
        Segment::create(Layout {
            size,
            table_off: 0,
            table_slots: 0,
            interned_off: 1024,
            interned_size: interned,
            heap_start: 1024 + interned,
        })
        .unwrap()
    }

    #[test]
    fn round_trip_is_identical() {
        let s = seg(1 << 22, 0);
        for n in [0, 1, 7, 300] {
            let script = script_of_size(n);
            let off = persist(&s, &script.view(), 1234).unwrap();
            let back = load(&s, off).unwrap();
            // Without a buffer every string stays private; duplicates are merged.
            assert_eq!(
                miniphp_compiler::dump(back),
                miniphp_compiler::dump(script.view())
            );
            assert_eq!(back.ops, script.view().ops);
            assert_eq!(record(&s, off).unwrap().mtime, 1234);
            assert!(record(&s, off).unwrap().size <= persisted_size(&script.view()));
            assert!(
                back.ops.as_ptr() as usize > s.header() as *const _ as usize,
                "the view points into the segment"
            );
        }
    }

    /// Every string a script refers to, in table order.
    fn all_strings(v: &ScriptView<'_>) -> Vec<Vec<u8>> {
        let mut s = to_script(v);
        let mut out = Vec::new();
        let pool = s.strings.clone();
        s.for_each_str_mut(|r| {
            out.push(pool[r.start as usize..(r.start + r.len) as usize].to_vec())
        });
        out
    }

    #[test]
    fn strings_shared_across_scripts() {
        let s = seg(1 << 22, 64 << 10);
        let a = script_of_size(50);
        let b = script_of_size(60);
        let oa = persist(&s, &a.view(), 1).unwrap();
        let after_a = s
            .header()
            .interned_count
            .load(std::sync::atomic::Ordering::Relaxed);
        let ob = persist(&s, &b.view(), 1).unwrap();
        let after_b = s
            .header()
            .interned_count
            .load(std::sync::atomic::Ordering::Relaxed);
        // b shares f0..f49's names and texts with a: only its own are new.
        assert_eq!(after_b - after_a, 10 * 2 + 1);
        let (va, vb) = (load(&s, oa).unwrap(), load(&s, ob).unwrap());
        assert!(
            va.strings.is_empty() && vb.strings.is_empty(),
            "all interned"
        );
        assert_eq!(all_strings(&va), all_strings(&a.view()));
        assert_eq!(all_strings(&vb), all_strings(&b.view()));
        assert_eq!(miniphp_compiler::dump(vb), miniphp_compiler::dump(b.view()));
        assert!(record(&s, ob).unwrap().size < persisted_size(&b.view()));
    }

    #[test]
    fn full_buffer_keeps_strings_per_script() {
        let s = seg(1 << 22, 1024);
        let a = script_of_size(200);
        let off = persist(&s, &a.view(), 1).unwrap();
        let v = load(&s, off).unwrap();
        assert!(
            !v.strings.is_empty() && !v.interned.is_empty(),
            "some of each"
        );
        assert_eq!(all_strings(&v), all_strings(&a.view()));
    }

    #[test]
    fn a_real_program_round_trips() {
        let src = b"<?php
            namespace App;
            /** doc */
            function greet(string $who = 'world', int ...$n): string { static $k = 1; return \"hi $who\"; }
            $f = fn($x) => $x . 'y';
            echo greet(), [1, 'a' => 'b'][1] ?? 'z';
        ";
        let script = miniphp_vm::include::compile_source(src, "/app/real.php").unwrap();
        let s = seg(1 << 22, 64 << 10);
        let off = persist(&s, &script.view(), 1).unwrap();
        let back = load(&s, off).unwrap();
        assert_eq!(
            miniphp_compiler::dump(back),
            miniphp_compiler::dump(script.view())
        );
        assert_eq!(all_strings(&back), all_strings(&script.view()));
    }

    #[test]
    fn out_of_memory_is_none() {
        let s = seg(4096, 0);
        assert!(persist(&s, &script_of_size(100).view(), 0).is_none());
        assert!(
            load(&s, 1 << 40).is_none(),
            "a bad offset is refused, not read"
        );
    }

    #[test]
    fn records_are_plain() {
        // Everything persisted must be Copy and pointer-free; alignments fit the
        // 8-byte record alignment.
        assert!(align_of::<miniphp_compiler::Literal>() <= RECORD_ALIGN as usize);
        assert!(align_of::<miniphp_compiler::Op>() <= RECORD_ALIGN as usize);
        assert!(align_of::<miniphp_compiler::OpArray>() <= RECORD_ALIGN as usize);
        assert!(align_of::<miniphp_compiler::script::ClassDecl>() <= RECORD_ALIGN as usize);
        assert_eq!(size_of::<PersistedScript>() % 8, 0);
    }
}
