//! Scripts in the segment: `persist` copies each table of a [`ScriptView`] after a
//! [`PersistedScript`] record holding their offsets; `load` builds a `ScriptView`
//! over those bytes where they lie. Every table is a slice of `Copy`, pointer-free
//! `#[repr(C)]` records that refer to each other by index, so the copy needs no
//! fix-ups and a load costs the same for a 1 KB script as for a 1 MB one.

use std::mem::{align_of, size_of};
use std::sync::atomic::{AtomicI64, AtomicU64};

use miniphp_compiler::{ScriptView, StrRef};

use crate::alloc;
use crate::segment::Segment;

/// A table's place: offset in the segment and number of records.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[repr(C)]
pub struct Part {
    pub off: u64,
    pub len: u64,
}

const PARTS: usize = 18;

/// The record in front of a persisted script's tables.
#[repr(C)]
pub struct PersistedScript {
    /// Bytes taken in the segment, record included (what becomes wasted).
    pub size: u64,
    /// The file's mtime when it was compiled.
    pub mtime: i64,
    pub hits: AtomicU64,
    pub last_used: AtomicI64,
    /// Next time the file's mtime is checked (`opcache.revalidate_freq`).
    pub revalidate_at: AtomicI64,
    pub filename: StrRef,
    pub has_halt_offset: u32,
    pub halt_offset: u32,
    pub parts: [Part; PARTS],
}

/// A table about to be copied: its bytes and the alignment its records need.
struct Source {
    ptr: *const u8,
    len: usize,
    bytes: usize,
    align: usize,
}

fn source<T: Copy>(s: &[T]) -> Source {
    Source {
        ptr: s.as_ptr().cast(),
        len: s.len(),
        bytes: std::mem::size_of_val(s),
        align: align_of::<T>(),
    }
}

/// The tables in record order (`load` reads them back in the same order).
fn sources(v: &ScriptView<'_>) -> [Source; PARTS] {
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
    ]
}

const RECORD_ALIGN: u64 = 8;

fn align_up(x: u64, a: u64) -> u64 {
    x.next_multiple_of(a)
}

/// Bytes `persist` will take (from an 8-aligned start): computed before allocating.
pub fn persisted_size(v: &ScriptView<'_>) -> u64 {
    sources(v)
        .iter()
        .fold(size_of::<PersistedScript>() as u64, |at, s| {
            align_up(at, s.align as u64) + s.bytes as u64
        })
}

/// Allocate and copy `v` into the segment; the record's offset, or None when the
/// heap is full. Writer lock held; nothing is published here.
pub fn persist(seg: &Segment, v: &ScriptView<'_>, mtime: i64) -> Option<u64> {
    let size = persisted_size(v);
    let base = alloc::alloc(seg.header(), size, RECORD_ALIGN)?;
    let mut at = base + size_of::<PersistedScript>() as u64;
    let mut parts = [Part::default(); PARTS];
    for (part, s) in parts.iter_mut().zip(sources(v)) {
        at = align_up(at, s.align as u64);
        // SAFETY: `s` was made by `source` from a live slice of `s.len` records.
        let bytes = unsafe { std::slice::from_raw_parts(s.ptr, s.bytes) };
        if !seg.write(at, bytes) {
            return None;
        }
        *part = Part {
            off: at,
            len: s.len as u64,
        };
        at += s.bytes as u64;
    }
    let record = PersistedScript {
        size,
        mtime,
        hits: AtomicU64::new(0),
        last_used: AtomicI64::new(0),
        revalidate_at: AtomicI64::new(0),
        filename: v.filename,
        has_halt_offset: v.halt_offset.is_some() as u32,
        halt_offset: v.halt_offset.unwrap_or(0),
        parts,
    };
    seg.place(base, record).then_some(base)
}

pub fn record(seg: &Segment, off: u64) -> Option<&PersistedScript> {
    let p = seg.ptr::<PersistedScript>(off, 1)?;
    // SAFETY: `off` came from `persist` (through a published hash entry), so a
    // complete record lies there; its plain fields are never written again and the
    // counters are atomics.
    Some(unsafe { &*p })
}

fn table<T: Copy>(seg: &Segment, p: Part) -> Option<&[T]> {
    seg.slice::<T>(p.off, usize::try_from(p.len).ok()?)
}

/// The script at record `off`, as the VM executes it: slices into the segment.
/// O(1): one bounds check per table, no copy.
pub fn load(seg: &Segment, off: u64) -> Option<ScriptView<'_>> {
    let r = record(seg, off)?;
    let p = &r.parts;
    // Each table was copied from a slice of the same type in `persist`, in
    // `sources` order, so the bytes are valid records of that type.
    Some(ScriptView {
        filename: r.filename,
        strings: table(seg, p[0])?,
        ops: table(seg, p[1])?,
        literals: table(seg, p[2])?,
        array_elems: table(seg, p[3])?,
        var_names: table(seg, p[4])?,
        arg_infos: table(seg, p[5])?,
        type_names: table(seg, p[6])?,
        live_ranges: table(seg, p[7])?,
        try_catch: table(seg, p[8])?,
        op_arrays: table(seg, p[9])?,
        functions: table(seg, p[10])?,
        halt_offset: (r.has_halt_offset != 0).then_some(r.halt_offset),
        dynamic_funcs: table(seg, p[11])?,
        classes: table(seg, p[12])?,
        class_table: table(seg, p[13])?,
        class_consts: table(seg, p[14])?,
        props: table(seg, p[15])?,
        methods: table(seg, p[16])?,
        trait_rules: table(seg, p[17])?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::Layout;
    use crate::testutil::script_of_size;
    use miniphp_compiler::Script;

    fn seg(size: u64) -> Segment {
        Segment::create(Layout {
            size,
            table_off: 0,
            table_slots: 0,
            interned_off: 1024,
            interned_size: 0,
            heap_start: 1024,
        })
        .unwrap()
    }

    fn to_script(v: &ScriptView<'_>) -> Script {
        Script {
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
        }
    }

    #[test]
    fn round_trip_is_identical() {
        let s = seg(1 << 22);
        for n in [0, 1, 7, 300] {
            let script = script_of_size(n);
            let off = persist(&s, &script.view(), 1234).unwrap();
            let back = load(&s, off).unwrap();
            assert_eq!(to_script(&back), script);
            assert_eq!(record(&s, off).unwrap().mtime, 1234);
            assert_eq!(
                record(&s, off).unwrap().size,
                persisted_size(&script.view())
            );
            assert!(
                back.ops.as_ptr() as usize > s.header() as *const _ as usize,
                "the view points into the segment"
            );
        }
    }

    #[test]
    fn out_of_memory_is_none() {
        let s = seg(4096);
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
        assert_eq!(size_of::<PersistedScript>() % 8, 0);
    }
}
