//! The interned-strings buffer (`opcache.interned_strings_buffer`): every distinct
//! string of every cached script (names, literals, the hash keys) stored once for
//! the whole segment. When it is full, strings stay in each script's own pool, as
//! PHP keeps them per script then.
//!
//! Layout of the buffer: entries grow from its start, `{next, hash, len}` (three
//! u32) then the bytes, 4-aligned; a table of `slots` chain heads (links: entry
//! offset / 4 + 1, 0 for none) sits at its end. Entries are written once, under the writer lock, and
//! never change until a restart (which waits for every reader), so a script's view
//! can borrow `[start, top)` of the buffer as plain bytes: a persisted `StrRef`
//! with the [`StrRef::INTERNED`] bit holds an offset into the buffer and resolves
//! through `ScriptView::interned`, with no fix-up at load time.

use std::sync::atomic::Ordering;

use miniphp_compiler::StrRef;

use crate::alloc;
use crate::segment::Segment;

/// Largest buffer: offsets must fit below the tag bit.
pub const MAX_BUFFER: u64 = StrRef::INTERNED as u64 - (1 << 20);

const ENTRY_HEADER: u64 = 12;

/// Chain heads for a buffer of `size` bytes (none for a tiny one).
pub fn slots(size: u64) -> u64 {
    if size < 1024 {
        0
    } else {
        let n = size / 256;
        1 << (63 - n.leading_zeros())
    }
}

fn hash(s: &[u8]) -> u32 {
    // FNV-1a, 32-bit.
    s.iter().fold(0x811c_9dc5, |h, &b| {
        (h ^ b as u32).wrapping_mul(0x0100_0193)
    })
}

/// Where the entries end (the chain heads start), relative to the buffer.
fn entries_end(size: u64) -> u64 {
    size - slots(size) * 4
}

/// The buffer offset of `s`'s bytes, adding it if it is new; None when the buffer
/// is full (or absent). Writer lock held.
pub fn find_or_add(seg: &Segment, s: &[u8]) -> Option<u32> {
    let h = seg.header();
    let nslots = slots(h.interned_size);
    if nslots == 0 || s.len() as u64 >= h.interned_size {
        return None;
    }
    let base = h.interned_off;
    let hv = hash(s);
    let head_off = base + entries_end(h.interned_size) + (hv as u64 % nslots) * 4;
    let head = seg.slice::<u32>(head_off, 1)?[0];
    let mut link = head;
    while link != 0 {
        let entry = base + (link as u64 - 1) * 4;
        let [next, eh, len] = <[u32; 3]>::try_from(seg.slice::<u32>(entry, 3)?).ok()?;
        let bytes = entry + ENTRY_HEADER;
        if eh == hv && len as usize == s.len() && seg.slice::<u8>(bytes, s.len())? == s {
            return u32::try_from(bytes - base).ok();
        }
        link = next;
    }
    let top = h.interned_top.load(Ordering::Relaxed);
    let entry = top.next_multiple_of(4);
    let end = entry + ENTRY_HEADER + s.len() as u64;
    if end > entries_end(h.interned_size) {
        return None;
    }
    let len = u32::try_from(s.len()).ok()?;
    let link = u32::try_from(entry / 4 + 1).ok()?;
    // Entry, then top, then the chain head: a writer killed in between leaves
    // bytes that are taken but unreachable, never a link to bytes the next
    // writer would reuse.
    if !(seg.write(base + entry, &[head, hv, len]) && seg.write(base + entry + ENTRY_HEADER, s)) {
        return None;
    }
    h.interned_top.store(end, Ordering::Release);
    if !seg.write(head_off, &[link]) {
        return None;
    }
    h.interned_count.fetch_add(1, Ordering::Relaxed);
    u32::try_from(entry + ENTRY_HEADER).ok()
}

/// A hash key's bytes somewhere in the segment: interned, or on the script heap
/// when the buffer is full; its absolute offset. Writer lock held.
pub fn intern_key(seg: &Segment, s: &[u8]) -> Option<u64> {
    if let Some(rel) = find_or_add(seg, s) {
        return Some(seg.header().interned_off + rel as u64);
    }
    let off = alloc::alloc(seg.header(), s.len() as u64, 1)?;
    seg.write(off, s).then_some(off)
}

/// The first `len` bytes of the buffer, as a script persisted when the buffer's
/// top was `len` borrows them (immutable until a restart).
pub fn prefix(seg: &Segment, len: u64) -> Option<&[u8]> {
    let h = seg.header();
    seg.slice::<u8>(h.interned_off, usize::try_from(len).ok()?)
}

/// The buffer's top now (what a script persisted now may reference).
pub fn top(seg: &Segment) -> u64 {
    seg.header().interned_top.load(Ordering::Acquire)
}

/// Bytes in use: the entries and the chain heads.
pub fn used(seg: &Segment) -> u64 {
    let h = seg.header();
    h.interned_top.load(Ordering::Relaxed) + slots(h.interned_size) * 4
}

/// Empty the buffer (restart: no reader exists).
pub fn reset(seg: &Segment) {
    let h = seg.header();
    let n = slots(h.interned_size) as usize;
    let heads = h.interned_off + entries_end(h.interned_size);
    seg.write(heads, &vec![0u32; n]);
    h.interned_top.store(0, Ordering::Relaxed);
    h.interned_count.store(0, Ordering::Relaxed);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::Layout;

    fn seg(buffer: u64) -> Segment {
        Segment::create(Layout {
            size: 1 << 16,
            table_off: 0,
            table_slots: 0,
            interned_off: 1024,
            interned_size: buffer,
            heap_start: 1024 + buffer,
        })
        .unwrap()
    }

    #[test]
    fn stored_once_then_full() {
        let s = seg(1024);
        assert_eq!(slots(1024), 4);
        let a = find_or_add(&s, b"hello").unwrap();
        assert_eq!(find_or_add(&s, b"hello"), Some(a), "found again, not added");
        let b = find_or_add(&s, b"world").unwrap();
        assert_ne!(a, b);
        assert_eq!(prefix(&s, top(&s)).unwrap()[a as usize..][..5], *b"hello");
        assert_eq!(s.header().interned_count.load(Ordering::Relaxed), 2);
        assert_eq!(used(&s), top(&s) + 16);
        // Fill it: a string that no longer fits is refused, smaller ones still fit.
        assert_eq!(find_or_add(&s, &[b'x'; 2000]), None);
        let mut n = 0;
        while find_or_add(&s, format!("{n:08}").as_bytes()).is_some() {
            n += 1;
        }
        assert!(n > 20 && top(&s) <= 1024 - 16);
        let key = intern_key(&s, b"/a/long/path/that/does/not/fit/any/more.php").unwrap();
        assert!(
            key >= 1024 + 1024,
            "a key goes to the heap when the buffer is full"
        );
        assert_eq!(
            find_or_add(&s, b"hello"),
            Some(a),
            "old strings still found"
        );
        reset(&s);
        assert_eq!((top(&s), find_or_add(&s, b"hello")), (0, Some(12)));
    }

    #[test]
    fn no_buffer() {
        let s = seg(0);
        assert_eq!(find_or_add(&s, b"a"), None);
        assert!(intern_key(&s, b"/k").is_some());
    }
}
