//! PHP arrays: ordered maps with a packed fast path for lists.
//!
//! A list (`[1, 2, 3]`: keys 0..n in order) is a plain `Vec<Value>`. Anything else is
//! an insertion-ordered bucket vector with tombstones plus a key → bucket index, as
//! Zend's HashTable: deleting leaves a hole so positions (foreach, the internal
//! pointer) stay valid; holes are compacted when they outnumber live entries.
//! Copy-on-write happens one level up: values hold `Rc<PhpArray>` and writers call
//! `Rc::make_mut`.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::rc::Rc;

use crate::value::{ArrayKey, Value};

/// A small fast hasher for array keys: each word is folded in with a 64x64->128-bit
/// multiply whose halves are xored (foldhash's mixing).
#[derive(Default)]
pub struct KeyHasher(u64);

/// The two halves of the full product xored: the high half brings the upper bits of
/// `a` down into the low ones. A plain wrapping multiply only carries upwards, so keys that
/// differ in a word's last bytes ("alpha120".."alpha129") had the same low bits
/// (hashbrown's bucket) and the same top seven (its tag): one long probe of
/// false matches, each a byte compare.
fn folded_multiply(a: u64, b: u64) -> u64 {
    let p = u128::from(a) * u128::from(b);
    (p as u64) ^ ((p >> 64) as u64)
}

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    /// Eight bytes at a time, little-endian, the tail zero-padded; the tail is put
    /// together byte by byte, as a variable-length copy would be a memcpy call.
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut buf = [0u8; 8];
            buf.copy_from_slice(chunk);
            self.write_u64(u64::from_le_bytes(buf));
        }
        let tail = chunks.remainder();
        if !tail.is_empty() {
            let word = tail
                .iter()
                .rev()
                .fold(0u64, |acc, &b| (acc << 8) | u64::from(b));
            self.write_u64(word);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = folded_multiply(self.0 ^ n, 0x51_7c_c1_b7_27_22_0a_95);
    }
    fn write_i64(&mut self, n: i64) {
        self.write_u64(n as u64);
    }
    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }
    fn write_u8(&mut self, n: u8) {
        self.write_u64(n as u64);
    }
}

type Index = HashMap<ArrayKey, usize, BuildHasherDefault<KeyHasher>>;

/// Hashes of at most this many buckets keep no index: comparing a few keys costs
/// less than hashing one (records like `["id" => 1, "name" => "x"]`).
const SCAN_MAX: usize = 8;

/// A slot of a hash's insertion order; `None` is a deleted bucket.
type Bucket = Option<(ArrayKey, Value)>;

#[derive(Debug, Default)]
struct Hash {
    /// Insertion order.
    buckets: Vec<Bucket>,
    /// Live buckets.
    live: usize,
    /// Key → bucket, kept only while there are more than `SCAN_MAX` buckets.
    index: Index,
}

impl Hash {
    fn with_capacity(n: usize) -> Hash {
        let mut h = Hash {
            buckets: Vec::with_capacity(n),
            live: 0,
            index: Index::default(),
        };
        if n > SCAN_MAX {
            h.index.reserve(n);
        }
        h
    }

    fn indexed(&self) -> bool {
        self.buckets.len() > SCAN_MAX
    }

    fn find(&self, key: &ArrayKey) -> Option<usize> {
        if self.indexed() {
            return self.index.get(key).copied();
        }
        self.buckets
            .iter()
            .position(|b| matches!(b, Some((k, _)) if k == key))
    }

    /// Append a bucket for a key that is not in the hash; its position.
    fn push_new(&mut self, key: ArrayKey, v: Value) -> usize {
        let i = self.buckets.len();
        if i > SCAN_MAX {
            self.index.insert(key.clone(), i);
        }
        self.buckets.push(Some((key, v)));
        self.live += 1;
        // The bucket past `SCAN_MAX` makes the index.
        if i == SCAN_MAX {
            self.rebuild_index();
        }
        i
    }

    /// The index for the buckets as they are (none while they are few).
    fn rebuild_index(&mut self) {
        self.index.clear();
        if !self.indexed() {
            return;
        }
        self.index.reserve(self.live);
        for (i, b) in self.buckets.iter().enumerate() {
            if let Some((k, _)) = b {
                self.index.insert(k.clone(), i);
            }
        }
    }
}

#[derive(Debug)]
enum Repr {
    Packed(Vec<Value>),
    Hash(Hash),
}

/// `next_free` of an array no integer key went into yet (Zend's `ZEND_LONG_MIN`).
const FRESH: i64 = i64::MIN;

/// Error of an append when the next index would overflow (`PHP_INT_MAX` is used).
#[derive(Debug, PartialEq, Eq)]
pub struct NextIndexOccupied;

#[derive(Debug)]
pub struct PhpArray {
    repr: Repr,
    /// Zend's `nNextFreeElement`: `$a[] = …` uses it (0 while it is still `i64::MIN`,
    /// the mark of a fresh array); `None` once `PHP_INT_MAX` is used.
    next_free: Option<i64>,
    /// The internal pointer (`current`/`next`/`reset`/`end`): a position.
    pos: usize,
}

impl Default for PhpArray {
    fn default() -> Self {
        PhpArray::new()
    }
}

/// A copy shares references with the original, except references nobody else holds,
/// which become plain values (as `zend_array_dup` does).
pub fn dup_value(v: &Value) -> Value {
    match v {
        Value::Reference(r) if Rc::strong_count(r) == 1 => r.borrow().clone(),
        other => other.clone(),
    }
}

impl Clone for PhpArray {
    fn clone(&self) -> Self {
        let repr = match &self.repr {
            Repr::Packed(v) => Repr::Packed(v.iter().map(dup_value).collect()),
            // A by-reference foreach walks this array: the copy keeps its holes so
            // the loop's position means the same in it.
            Repr::Hash(h) if crate::fe_cursor::on(self.addr()) => {
                let mut out = Hash {
                    buckets: Vec::with_capacity(h.buckets.len()),
                    live: h.live,
                    index: Index::default(),
                };
                out.buckets.extend(
                    h.buckets
                        .iter()
                        .map(|b| b.as_ref().map(|(k, v)| (k.clone(), dup_value(v)))),
                );
                out.rebuild_index();
                Repr::Hash(out)
            }
            Repr::Hash(h) => {
                let mut out = Hash::with_capacity(h.live);
                let mut pos = self.pos;
                for (i, b) in h.buckets.iter().enumerate() {
                    match b {
                        Some((k, v)) => {
                            out.push_new(k.clone(), dup_value(v));
                        }
                        None if i < self.pos => pos -= 1,
                        None => {}
                    }
                }
                return PhpArray {
                    repr: Repr::Hash(out),
                    next_free: self.next_free,
                    pos,
                };
            }
        };
        PhpArray {
            repr,
            next_free: self.next_free,
            pos: self.pos,
        }
    }
}

impl PhpArray {
    /// A fresh array (`zend_new_array`): a first negative key `n` makes the next one `n+1`.
    pub fn new() -> Self {
        PhpArray::with_capacity(0)
    }

    pub fn with_capacity(n: usize) -> Self {
        PhpArray {
            repr: Repr::Packed(Vec::with_capacity(n)),
            next_free: Some(FRESH),
            pos: 0,
        }
    }

    /// The empty array literal `[]` (Zend's shared `zend_empty_array`), whose next key
    /// stays 0 after a negative one: `$a = []; $a[-3] = 1; $a[] = 2;` uses key 0.
    pub fn empty_literal() -> Self {
        PhpArray {
            repr: Repr::Packed(Vec::new()),
            next_free: Some(0),
            pos: 0,
        }
    }

    /// A list of values with keys 0..n.
    pub fn from_list(values: Vec<Value>) -> Self {
        let n = values.len() as i64;
        PhpArray {
            repr: Repr::Packed(values),
            next_free: Some(n),
            pos: 0,
        }
    }

    pub fn len(&self) -> usize {
        match &self.repr {
            Repr::Packed(v) => v.len(),
            Repr::Hash(h) => h.live,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Whether the keys are exactly 0..n in order (`array_is_list`).
    pub fn is_list(&self) -> bool {
        match &self.repr {
            Repr::Packed(_) => true,
            Repr::Hash(_) => self
                .iter()
                .enumerate()
                .all(|(i, (k, _))| k == ArrayKey::Int(i as i64)),
        }
    }

    /// The key `$a[] = …` would use; None once `PHP_INT_MAX` is used.
    pub fn next_free(&self) -> Option<i64> {
        self.next_free.map(|n| if n == FRESH { 0 } else { n })
    }

    pub fn get(&self, key: &ArrayKey) -> Option<&Value> {
        match (&self.repr, key) {
            (Repr::Packed(v), ArrayKey::Int(i)) => usize::try_from(*i).ok().and_then(|i| v.get(i)),
            (Repr::Packed(_), ArrayKey::Str(_)) => None,
            (Repr::Hash(h), _) => h
                .find(key)
                .and_then(|i| h.buckets[i].as_ref())
                .map(|(_, v)| v),
        }
    }

    pub fn get_int(&self, i: i64) -> Option<&Value> {
        match &self.repr {
            Repr::Packed(v) => usize::try_from(i).ok().and_then(|i| v.get(i)),
            Repr::Hash(_) => self.get(&ArrayKey::Int(i)),
        }
    }

    pub fn get_mut(&mut self, key: &ArrayKey) -> Option<&mut Value> {
        match (&mut self.repr, key) {
            (Repr::Packed(v), ArrayKey::Int(i)) => {
                usize::try_from(*i).ok().and_then(move |i| v.get_mut(i))
            }
            (Repr::Packed(_), ArrayKey::Str(_)) => None,
            (Repr::Hash(h), _) => match h.find(key) {
                Some(i) => h.buckets[i].as_mut().map(|(_, v)| v),
                None => None,
            },
        }
    }

    /// The key of the first value `pred` accepts (the scan makes no key until then).
    pub fn find_key(&self, mut pred: impl FnMut(&Value) -> bool) -> Option<ArrayKey> {
        match &self.repr {
            Repr::Packed(v) => v
                .iter()
                .position(&mut pred)
                .map(|i| ArrayKey::Int(i as i64)),
            Repr::Hash(h) => h
                .buckets
                .iter()
                .flatten()
                .find(|(_, x)| pred(x))
                .map(|(k, _)| k.clone()),
        }
    }

    pub fn contains_key(&self, key: &ArrayKey) -> bool {
        self.get(key).is_some()
    }

    fn make_hash(&mut self) -> &mut Hash {
        if let Repr::Packed(v) = &mut self.repr {
            let values = std::mem::take(v);
            let mut h = Hash::with_capacity(values.len() + 1);
            for (i, val) in values.into_iter().enumerate() {
                h.push_new(ArrayKey::Int(i as i64), val);
            }
            self.repr = Repr::Hash(h);
        }
        match &mut self.repr {
            Repr::Hash(h) => h,
            Repr::Packed(_) => unreachable!("converted above"),
        }
    }

    fn bump_next_free(&mut self, key: &ArrayKey) {
        if let (ArrayKey::Int(i), Some(n)) = (key, self.next_free) {
            if *i >= n {
                self.next_free = i.checked_add(1);
            }
        }
    }

    /// The slot for `key`, created as null if absent (a write fetch: `$a[k][] = …`).
    pub fn entry(&mut self, key: ArrayKey) -> &mut Value {
        if let (Repr::Packed(v), ArrayKey::Int(i)) = (&self.repr, &key) {
            let len = v.len() as i64;
            if *i >= 0 && *i < len {
                let Repr::Packed(v) = &mut self.repr else {
                    unreachable!()
                };
                return &mut v[*i as usize];
            }
            if *i == len && self.next_free() == Some(len) {
                self.next_free = Some(len + 1);
                let Repr::Packed(v) = &mut self.repr else {
                    unreachable!()
                };
                v.push(Value::Null);
                return v.last_mut().expect("just pushed");
            }
        }
        self.bump_next_free(&key);
        let h = self.make_hash();
        let next = h.buckets.len();
        let idx = if h.indexed() {
            // One hash of the key, found or not.
            match h.index.entry(key) {
                std::collections::hash_map::Entry::Occupied(e) => *e.get(),
                std::collections::hash_map::Entry::Vacant(e) => {
                    let key = e.key().clone();
                    e.insert(next);
                    h.buckets.push(Some((key, Value::Null)));
                    h.live += 1;
                    next
                }
            }
        } else {
            match h.find(&key) {
                Some(i) => i,
                None => h.push_new(key, Value::Null),
            }
        };
        match &mut h.buckets[idx] {
            Some((_, v)) => v,
            None => unreachable!("the index points at live buckets"),
        }
    }

    /// `$a[key] = value` (replacing in place keeps the position).
    pub fn insert(&mut self, key: ArrayKey, value: Value) {
        *self.entry(key) = value;
    }

    /// `$a[] = value`.
    pub fn push(&mut self, value: Value) -> Result<(), NextIndexOccupied> {
        let Some(n) = self.next_free() else {
            return Err(NextIndexOccupied);
        };
        if let Repr::Packed(v) = &mut self.repr {
            if v.len() as i64 == n {
                // A list's first allocation holds 8, as Zend's packed arrays do: a
                // vector's 4 grows twice before the dozen elements typical of a list
                // built in a loop. Later growth doubles, as `push` would.
                if v.len() == v.capacity() {
                    v.reserve(v.len().max(8));
                }
                v.push(value);
                self.next_free = Some(n + 1);
                return Ok(());
            }
        }
        self.insert(ArrayKey::Int(n), value);
        Ok(())
    }

    /// `array_pop`: removes the last entry; the next free key steps back when the
    /// popped key was the last one handed out, and the pointer resets (as PHP does).
    pub fn pop(&mut self) -> Option<Value> {
        let (_, key, _) = self.entry_at(self.entry_before(self.end_pos())?)?;
        let v = self.remove(&key)?;
        if let (ArrayKey::Int(i), Some(n)) = (&key, self.next_free) {
            if i.checked_add(1) == Some(n) {
                self.next_free = Some(*i);
            }
        }
        self.reset();
        Some(v)
    }

    /// The slot `$a[]` creates, for write fetches (`$a[][] = 1`).
    pub fn push_entry(&mut self) -> Result<&mut Value, NextIndexOccupied> {
        let n = self.next_free().ok_or(NextIndexOccupied)?;
        Ok(self.entry(ArrayKey::Int(n)))
    }

    pub fn remove(&mut self, key: &ArrayKey) -> Option<Value> {
        if let (Repr::Packed(v), ArrayKey::Int(i)) = (&mut self.repr, key) {
            if *i >= 0 && (*i as usize) + 1 == v.len() {
                return v.pop();
            }
            if *i < 0 || *i as usize >= v.len() {
                return None;
            }
        }
        if let (Repr::Packed(_), ArrayKey::Str(_)) = (&self.repr, key) {
            return None;
        }
        let h = self.make_hash();
        let i = if h.indexed() {
            h.index.remove(key)?
        } else {
            h.find(key)?
        };
        let old = h.buckets[i].take().map(|(_, v)| v);
        h.live -= 1;
        if h.buckets.len() > 16 && h.live * 2 < h.buckets.len() {
            self.compact();
        }
        old
    }

    fn compact(&mut self) {
        let pos = self.pos;
        let addr = self.addr();
        let Repr::Hash(h) = &mut self.repr else {
            return;
        };
        if crate::fe_cursor::on(addr) {
            // A position goes to the number of live buckets before it.
            let old_len = h.buckets.len();
            let mut before = Vec::with_capacity(old_len + 1);
            let mut n = 0;
            for b in &h.buckets {
                before.push(n);
                n += usize::from(b.is_some());
            }
            before.push(n);
            crate::fe_cursor::remap(addr, |p| before[p.min(old_len)] + p.saturating_sub(old_len));
        }
        let mut new_pos = None;
        let old = std::mem::take(&mut h.buckets);
        for (i, b) in old.into_iter().enumerate() {
            if let Some((k, v)) = b {
                if i >= pos && new_pos.is_none() {
                    new_pos = Some(h.buckets.len());
                }
                h.buckets.push(Some((k, v)));
            }
        }
        h.rebuild_index();
        self.pos = new_pos.unwrap_or(h.buckets.len());
    }

    /// The array's identity while it stays in place (foreach cursors name it).
    pub fn addr(&self) -> usize {
        self as *const PhpArray as usize
    }

    /// `array_shift` in place: the first value out, integer keys renumbered from 0, the
    /// pointer reset. Positions move as Zend's: a list closes up; a hash closes up
    /// only when renumbering changed a key (Zend rehashes then), else keeps its hole.
    pub fn shift(&mut self) -> Option<Value> {
        let addr = self.addr();
        let first = match &mut self.repr {
            Repr::Packed(v) if v.is_empty() => return None,
            Repr::Packed(v) => {
                let first = v.remove(0);
                self.next_free = Some(v.len() as i64);
                crate::fe_cursor::remap(addr, |p| p.saturating_sub(1));
                first
            }
            Repr::Hash(h) => {
                let i = h.buckets.iter().position(Option::is_some)?;
                let (key, first) = h.buckets[i].take()?;
                h.live -= 1;
                if h.indexed() {
                    h.index.remove(&key);
                }
                let mut next = 0;
                let mut renumbered = false;
                for (k, _) in h.buckets.iter_mut().flatten() {
                    if let ArrayKey::Int(n) = k {
                        renumbered |= *n != next;
                        *n = next;
                        next += 1;
                    }
                }
                self.next_free = Some(next);
                if renumbered {
                    self.compact();
                }
                first
            }
        };
        self.reset();
        Some(first)
    }

    /// `array_unshift` in place: `values` first, then the entries with integer keys
    /// renumbered; loops walking the array move on by as many positions (as Zend's).
    pub fn unshift(&mut self, values: Vec<Value>) {
        let addr = self.addr();
        let added = values.len();
        let old = std::mem::replace(self, PhpArray::with_capacity(self.len() + added));
        for v in values {
            self.append(v);
        }
        let old_repr = old.repr;
        match old_repr {
            Repr::Packed(v) => v.into_iter().for_each(|x| self.append(x)),
            Repr::Hash(h) => {
                for (k, v) in h.buckets.into_iter().flatten() {
                    match k {
                        ArrayKey::Int(_) => self.append(v),
                        k => self.insert(k, v),
                    }
                }
            }
        }
        crate::fe_cursor::remap(addr, |p| p + added);
    }

    /// Append at the next free key (the caller knows it is free: a renumbering).
    fn append(&mut self, v: Value) {
        let key = self.next_free().unwrap_or(i64::MAX);
        self.insert(ArrayKey::Int(key), v);
    }

    /// Position just past the last slot (live or not).
    pub fn end_pos(&self) -> usize {
        match &self.repr {
            Repr::Packed(v) => v.len(),
            Repr::Hash(h) => h.buckets.len(),
        }
    }

    /// The first live entry at or after `pos`, with its position.
    pub fn entry_at(&self, mut pos: usize) -> Option<(usize, ArrayKey, &Value)> {
        match &self.repr {
            Repr::Packed(v) => v.get(pos).map(|val| (pos, ArrayKey::Int(pos as i64), val)),
            Repr::Hash(h) => {
                while pos < h.buckets.len() {
                    if let Some((k, v)) = &h.buckets[pos] {
                        return Some((pos, k.clone(), v));
                    }
                    pos += 1;
                }
                None
            }
        }
    }

    /// The value at a live position, mutably (foreach by reference).
    pub fn value_at_mut(&mut self, pos: usize) -> Option<&mut Value> {
        match &mut self.repr {
            Repr::Packed(v) => v.get_mut(pos),
            Repr::Hash(h) => h.buckets.get_mut(pos)?.as_mut().map(|(_, v)| v),
        }
    }

    /// The last live entry before `pos`.
    fn entry_before(&self, pos: usize) -> Option<usize> {
        (0..pos.min(self.end_pos()))
            .rev()
            .find(|&p| self.entry_at(p).is_some_and(|(q, _, _)| q == p))
    }

    pub fn iter(&self) -> Iter<'_> {
        Iter {
            array: self,
            pos: 0,
        }
    }

    /// The values in order, without making each key as `iter` does (a string key's
    /// `Rc` would be cloned and dropped per element).
    pub fn values(&self) -> impl Iterator<Item = &Value> {
        let (packed, buckets): (&[Value], &[Bucket]) = match &self.repr {
            Repr::Packed(v) => (v, &[]),
            Repr::Hash(h) => (&[], &h.buckets),
        };
        packed
            .iter()
            .chain(buckets.iter().flatten().map(|(_, v)| v))
    }

    pub fn keys(&self) -> impl Iterator<Item = ArrayKey> + '_ {
        self.iter().map(|(k, _)| k)
    }

    // The internal pointer.

    /// The internal pointer's position (where `array_walk` starts over on an array put in
    /// place of the one it walked).
    pub fn pointer(&self) -> usize {
        self.pos
    }

    pub fn current(&self) -> Option<(ArrayKey, &Value)> {
        self.entry_at(self.pos).map(|(_, k, v)| (k, v))
    }

    pub fn reset(&mut self) {
        self.pos = self.entry_at(0).map_or(self.end_pos(), |(p, _, _)| p);
    }

    pub fn end(&mut self) {
        self.pos = self.entry_before(self.end_pos()).unwrap_or(self.end_pos());
    }

    pub fn next(&mut self) {
        let cur = self.entry_at(self.pos).map(|(p, _, _)| p);
        self.pos = match cur {
            Some(p) => self.entry_at(p + 1).map_or(self.end_pos(), |(q, _, _)| q),
            None => self.end_pos(),
        };
    }

    pub fn prev(&mut self) {
        let cur = self.entry_at(self.pos).map(|(p, _, _)| p);
        self.pos = match cur {
            Some(p) => self.entry_before(p).unwrap_or(self.end_pos()),
            None => self.end_pos(),
        };
    }
}

pub struct Iter<'a> {
    array: &'a PhpArray,
    pos: usize,
}

impl<'a> Iterator for Iter<'a> {
    type Item = (ArrayKey, &'a Value);

    fn next(&mut self) -> Option<Self::Item> {
        let (p, k, v) = self.array.entry_at(self.pos)?;
        self.pos = p + 1;
        Some((k, v))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (0, Some(self.array.len()))
    }
}

impl FromIterator<(ArrayKey, Value)> for PhpArray {
    fn from_iter<I: IntoIterator<Item = (ArrayKey, Value)>>(iter: I) -> Self {
        let mut a = PhpArray::new();
        for (k, v) in iter {
            a.insert(k, v);
        }
        a
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(x: &str) -> ArrayKey {
        ArrayKey::Str(Rc::new(x.as_bytes().to_vec()))
    }

    #[test]
    fn similar_string_keys_spread_over_buckets() {
        use std::hash::BuildHasher;
        let build = BuildHasherDefault::<KeyHasher>::default();
        let buckets: std::collections::HashSet<u64> = (0..4096)
            .map(|i| build.hash_one(s(&format!("k{i}"))) & 4095)
            .collect();
        // A uniform hash fills about 63% of 4096 buckets with 4096 keys.
        assert!(buckets.len() > 2000, "{} buckets used", buckets.len());
    }

    #[test]
    fn keys_differing_in_a_word_s_last_bytes_spread_over_buckets_and_tags() {
        use std::hash::BuildHasher;
        let build = BuildHasherDefault::<KeyHasher>::default();
        // "alpha0".."alpha299": the digits are the high bytes of the key's word.
        let slots: std::collections::HashSet<(u64, u64)> = (0..4096)
            .map(|i| {
                let h = build.hash_one(s(&format!("alpha{i}")));
                // hashbrown's home bucket (low bits) and tag (top seven bits).
                (h & 8191, h >> 57)
            })
            .collect();
        assert!(
            slots.len() > 4000,
            "{} distinct bucket/tag pairs",
            slots.len()
        );
    }

    #[test]
    fn next_key_after_a_negative_first_key() {
        let mut fresh = PhpArray::new();
        fresh.insert(ArrayKey::Int(-3), Value::Null);
        assert_eq!(fresh.next_free(), Some(-2));
        let mut literal = PhpArray::empty_literal();
        literal.insert(ArrayKey::Int(-3), Value::Null);
        assert_eq!(literal.next_free(), Some(0));
        let mut list = PhpArray::new();
        assert_eq!(list.push(Value::Null), Ok(()));
        assert_eq!(list.next_free(), Some(1));
        assert!(list.is_list());
    }

    #[test]
    fn list_stays_packed_and_appends() {
        let mut a = PhpArray::new();
        for i in 0..5 {
            a.push(Value::Long(i)).unwrap();
        }
        assert!(matches!(a.repr, Repr::Packed(_)));
        assert_eq!(a.len(), 5);
        assert!(matches!(a.get_int(3), Some(Value::Long(3))));
        a.remove(&ArrayKey::Int(4));
        a.push(Value::Long(9)).unwrap();
        // next_free survives the removal: the new key is 5, not 4.
        assert!(a.get_int(4).is_none());
        assert!(matches!(a.get_int(5), Some(Value::Long(9))));
    }

    #[test]
    fn hash_keeps_order_through_removals() {
        let mut a = PhpArray::new();
        a.insert(s("b"), Value::Long(1));
        a.insert(ArrayKey::Int(10), Value::Long(2));
        a.insert(s("a"), Value::Long(3));
        a.remove(&ArrayKey::Int(10));
        a.push(Value::Long(4)).unwrap();
        let keys: Vec<ArrayKey> = a.keys().collect();
        assert_eq!(keys, vec![s("b"), s("a"), ArrayKey::Int(11)]);
        for i in 0..40 {
            a.insert(ArrayKey::Int(100 + i), Value::Null);
        }
        for i in 0..40 {
            a.remove(&ArrayKey::Int(100 + i));
        }
        assert_eq!(a.len(), 3);
        assert_eq!(a.keys().collect::<Vec<_>>(), keys);
    }

    #[test]
    fn next_index_overflow() {
        let mut a = PhpArray::new();
        a.insert(ArrayKey::Int(i64::MAX), Value::Null);
        assert_eq!(a.push(Value::Null), Err(NextIndexOccupied));
        // `$b = []; $b[-5] = null; $b[] = true;`: PHP 8.2 appends at 0.
        let mut b = PhpArray::empty_literal();
        b.insert(ArrayKey::Int(-5), Value::Null);
        b.push(Value::True).unwrap();
        assert!(b.get_int(0).is_some());
    }

    #[test]
    fn small_and_large_hashes_find_every_key() {
        // Through the move from scanned to indexed buckets, removals and compaction.
        let mut a = PhpArray::new();
        for i in 0..40 {
            a.insert(s(&format!("k{i}")), Value::Long(i));
            for j in 0..=i {
                assert!(matches!(a.get(&s(&format!("k{j}"))), Some(Value::Long(n)) if *n == j));
            }
            assert!(a.get(&s("absent")).is_none());
        }
        for i in 0..36 {
            assert!(a.remove(&s(&format!("k{i}"))).is_some());
        }
        assert_eq!(a.len(), 4);
        assert_eq!(
            a.keys().collect::<Vec<_>>(),
            (36..40).map(|i| s(&format!("k{i}"))).collect::<Vec<_>>()
        );
        a.insert(s("k37"), Value::Long(-1));
        a.insert(ArrayKey::Int(5), Value::Null);
        assert!(matches!(a.get(&s("k37")), Some(Value::Long(-1))));
        assert!(a.get(&s("k0")).is_none());
        assert_eq!(a.len(), 5);
        let b = a.clone();
        assert!(matches!(b.get(&ArrayKey::Int(5)), Some(Value::Null)));
        assert_eq!(b.keys().collect::<Vec<_>>(), a.keys().collect::<Vec<_>>());
    }

    #[test]
    fn find_key_in_lists_and_hashes() {
        let list = PhpArray::from_list(vec![Value::Long(4), Value::Long(5)]);
        let five = |v: &Value| matches!(v, Value::Long(5));
        assert_eq!(list.find_key(five), Some(ArrayKey::Int(1)));
        let mut h = PhpArray::new();
        h.insert(s("a"), Value::Long(5));
        h.insert(s("b"), Value::Long(5));
        h.remove(&s("a"));
        assert_eq!(h.find_key(five), Some(s("b")));
        assert_eq!(h.find_key(|v| v.is_null()), None);
    }

    #[test]
    fn internal_pointer() {
        let mut a = PhpArray::from_list(vec![Value::Long(1), Value::Long(2), Value::Long(3)]);
        assert!(matches!(a.current(), Some((ArrayKey::Int(0), _))));
        a.next();
        a.next();
        assert!(matches!(a.current(), Some((ArrayKey::Int(2), _))));
        a.next();
        assert!(a.current().is_none());
        a.end();
        assert!(matches!(a.current(), Some((ArrayKey::Int(2), _))));
        a.prev();
        assert!(matches!(a.current(), Some((ArrayKey::Int(1), _))));
        a.reset();
        assert!(matches!(a.current(), Some((ArrayKey::Int(0), _))));
    }

    #[test]
    fn shift_and_unshift_renumber_and_move_loop_positions() {
        let mut a = PhpArray::new();
        a.insert(s("x"), Value::Long(1));
        a.insert(ArrayKey::Int(5), Value::Long(2));
        a.insert(s("y"), Value::Long(3));
        a.insert(ArrayKey::Int(9), Value::Long(4));
        crate::fe_cursor::open(1000, 1, a.addr(), 2000);
        crate::fe_cursor::set(1000, 1, a.addr(), 2);
        assert!(matches!(a.shift(), Some(Value::Long(1))));
        // Keys 5 and 9 became 0 and 1: the hole closed and the loop moved back one.
        assert_eq!(
            a.keys().collect::<Vec<_>>(),
            vec![ArrayKey::Int(0), s("y"), ArrayKey::Int(1)]
        );
        assert_eq!(crate::fe_cursor::pos(1000, 1), Some(1));
        a.unshift(vec![Value::Null, Value::Null]);
        assert_eq!(a.keys().next(), Some(ArrayKey::Int(0)));
        assert_eq!(a.len(), 5);
        assert_eq!(a.next_free(), Some(4));
        assert_eq!(crate::fe_cursor::pos(1000, 1), Some(3));
    }

    #[test]
    fn compaction_moves_loop_positions() {
        let mut a = PhpArray::new();
        for i in 0..40 {
            a.insert(s(&format!("k{i}")), Value::Long(i));
        }
        crate::fe_cursor::open(1001, 1, a.addr(), 2000);
        crate::fe_cursor::set(1001, 1, a.addr(), 30);
        for i in 0..25 {
            a.remove(&s(&format!("k{i}")));
        }
        let pos = crate::fe_cursor::pos(1001, 1).unwrap();
        assert!(matches!(a.entry_at(pos), Some((_, k, _)) if k == s("k30")));
    }

    #[test]
    fn copy_unwraps_unshared_references() {
        let r = Rc::new(std::cell::RefCell::new(Value::Long(1)));
        let a = PhpArray::from_list(vec![Value::Reference(r.clone())]);
        let shared = a.clone();
        assert!(matches!(shared.get_int(0), Some(Value::Reference(_))));
        drop(shared);
        drop(r);
        let b = a.clone();
        assert!(matches!(b.get_int(0), Some(Value::Long(1))));
    }
}
