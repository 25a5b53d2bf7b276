//! `opcache.file_cache`: script images on disk, so that a new process (a CLI run,
//! a restarted pool) skips compiling. An image is the segment's own format
//! (persist.rs) with un-interned strings, behind a header:
//! `{magic, build id, mtime, size, checksum}`. It lives at
//! `<file_cache>/<build id>/<absolute path>.bin`; the build id changes with the
//! binary (and the record layouts), so a stale image is never read. An image that
//! fails any check is ignored with a log line on stderr, never trusted.

use std::io::Write;
use std::mem::size_of;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use miniphp_compiler::ScriptView;
use miniphp_vm::LoadedScript;

use crate::persist::{self, write_image, PersistedScript, Region};

const MAGIC: u64 = u64::from_le_bytes(*b"mphpFC\0\x01");

#[repr(C)]
struct FileHeader {
    magic: u64,
    build_id: u64,
    mtime: i64,
    /// Bytes of the whole image, header included.
    size: u64,
    /// FNV-1a of everything after the header.
    checksum: u64,
}

const HEADER: u64 = size_of::<FileHeader>() as u64;

fn fnv(bytes: &[u8], seed: u64) -> u64 {
    bytes
        .iter()
        .fold(seed, |h, &b| (h ^ b as u64).wrapping_mul(0x0100_0000_01b3))
}

const FNV_SEED: u64 = 0xcbf2_9ce4_8422_2325;

/// Identifies the binary that can read an image: the crate version, the record
/// layouts, and the executable's size and mtime (a rebuild changes them).
pub fn build_id() -> u64 {
    static ID: OnceLock<u64> = OnceLock::new();
    *ID.get_or_init(|| {
        use std::os::unix::fs::MetadataExt;
        let mut parts = vec![
            crate::segment::VERSION as u64,
            size_of::<PersistedScript>() as u64,
            size_of::<miniphp_compiler::Op>() as u64,
            size_of::<miniphp_compiler::Literal>() as u64,
            size_of::<miniphp_compiler::OpArray>() as u64,
            size_of::<miniphp_compiler::script::ClassDecl>() as u64,
            size_of::<miniphp_compiler::script::ArgInfo>() as u64,
        ];
        if let Some(m) = std::env::current_exe()
            .ok()
            .and_then(|p| std::fs::metadata(p).ok())
        {
            parts.extend([m.size(), m.mtime() as u64, m.mtime_nsec() as u64]);
        }
        let bytes: Vec<u8> = parts.iter().flat_map(|p| p.to_le_bytes()).collect();
        fnv(env!("CARGO_PKG_VERSION").as_bytes(), fnv(&bytes, FNV_SEED))
    })
}

/// Where the image of `script` (an absolute path) goes under `dir`.
pub fn image_path(dir: &Path, script: &Path) -> PathBuf {
    let rel = script.strip_prefix("/").unwrap_or(script);
    let mut p = dir.join(format!("{:016x}", build_id())).join(rel);
    let mut name = p.file_name().unwrap_or_default().to_os_string();
    name.push(".bin");
    p.set_file_name(name);
    p
}

/// An image read into 8-aligned memory, checked; it runs where it lies.
pub struct Image {
    words: Vec<u64>,
    len: usize,
}

impl Image {
    fn bytes(&self) -> &[u8] {
        // SAFETY: `words` holds at least `len` initialised bytes (see `from_bytes`).
        unsafe { std::slice::from_raw_parts(self.words.as_ptr().cast::<u8>(), self.len) }
    }

    fn from_bytes(bytes: &[u8]) -> Image {
        let mut words = vec![0u64; bytes.len().div_ceil(8)];
        // SAFETY: `words` has room for `bytes.len()` bytes; the two do not overlap.
        unsafe {
            std::ptr::copy_nonoverlapping(
                bytes.as_ptr(),
                words.as_mut_ptr().cast::<u8>(),
                bytes.len(),
            )
        };
        Image {
            words,
            len: bytes.len(),
        }
    }

    fn header(&self) -> Option<FileHeader> {
        let h = self.bytes().get(..HEADER as usize)?;
        let word = |i: usize| u64::from_le_bytes(h[i * 8..i * 8 + 8].try_into().unwrap_or([0; 8]));
        Some(FileHeader {
            magic: word(0),
            build_id: word(1),
            mtime: word(2) as i64,
            size: word(3),
            checksum: word(4),
        })
    }

    /// The script's view; None if its tables do not fit the image.
    pub fn script(&self) -> Option<ScriptView<'_>> {
        persist::view_at(self, HEADER)
    }
}

impl Region for Image {
    fn ptr<T>(&self, off: u64, count: usize) -> Option<*const T> {
        let bytes = (count as u64).checked_mul(size_of::<T>() as u64)?;
        let end = off.checked_add(bytes)?;
        if end > self.len as u64 || !off.is_multiple_of(std::mem::align_of::<T>() as u64) {
            return None;
        }
        // SAFETY: off + bytes ≤ len, inside `words` (8-aligned, so `off`'s alignment
        // is the pointer's).
        Some(unsafe { self.words.as_ptr().cast::<u8>().add(off as usize) }.cast::<T>())
    }

    fn interned(&self, len: u64) -> Option<&[u8]> {
        // Images hold every string themselves.
        (len == 0).then_some(&[][..])
    }
}

/// A script loaded from an image, executed where it lies in this process' memory.
pub struct FileScript(Image);

impl LoadedScript for FileScript {
    fn view(&self) -> ScriptView<'_> {
        // Checked by `load`, and the image is immutable.
        self.0.script().expect("image checked when loaded")
    }
}

/// Why an image was not used.
#[derive(Debug, PartialEq)]
pub enum Rejected {
    Missing,
    Corrupt(&'static str),
    /// Written for another mtime of the file (a normal miss, not logged).
    Stale,
}

/// The image of `script` if there is a sound one for `mtime`.
pub fn load(
    dir: &Path,
    script: &Path,
    mtime: i64,
    checksums: bool,
) -> Result<FileScript, Rejected> {
    let path = image_path(dir, script);
    let bytes = std::fs::read(&path).map_err(|_| Rejected::Missing)?;
    let image = Image::from_bytes(&bytes);
    let h = image
        .header()
        .ok_or(Rejected::Corrupt("truncated header"))?;
    if h.magic != MAGIC {
        return Err(Rejected::Corrupt("bad magic"));
    }
    if h.build_id != build_id() {
        return Err(Rejected::Corrupt("written by another build"));
    }
    if h.size != bytes.len() as u64 {
        return Err(Rejected::Corrupt("wrong size"));
    }
    if checksums && h.checksum != fnv(&bytes[HEADER as usize..], FNV_SEED) {
        return Err(Rejected::Corrupt("bad checksum"));
    }
    if h.mtime != mtime {
        return Err(Rejected::Stale);
    }
    let script_ok = image
        .script()
        .is_some_and(|v| !v.op_arrays.is_empty() && strings_in_bounds(&v));
    if !script_ok {
        return Err(Rejected::Corrupt("tables out of bounds"));
    }
    Ok(FileScript(image))
}

/// Every op_array's name and every literal string lies in the pool (the checks
/// the VM's first uses would otherwise panic on).
fn strings_in_bounds(v: &ScriptView<'_>) -> bool {
    let ok = |r: miniphp_compiler::StrRef| {
        r.start & miniphp_compiler::StrRef::INTERNED == 0
            && (r.start as u64 + r.len as u64) <= v.strings.len() as u64
    };
    ok(v.filename)
        && v.op_arrays.iter().all(|oa| ok(oa.name))
        && v.literals.iter().all(|l| match l {
            miniphp_compiler::Literal::String(r) => ok(*r),
            _ => true,
        })
        && v.var_names.iter().all(|r| ok(*r))
}

/// `load`, logging a corrupt image (a missing or stale one is an ordinary miss).
pub fn load_logged(dir: &Path, script: &Path, mtime: i64, checksums: bool) -> Option<FileScript> {
    match load(dir, script, mtime, checksums) {
        Ok(s) => Some(s),
        Err(Rejected::Corrupt(why)) => {
            eprintln!(
                "miniphp opcache: ignoring file cache image {} ({why})",
                image_path(dir, script).display()
            );
            None
        }
        Err(_) => None,
    }
}

/// The image of `v` (compiled from `script` at `mtime`), as bytes.
pub fn encode(v: &ScriptView<'_>, mtime: i64) -> Option<Vec<u8>> {
    let size = HEADER + persist::persisted_size(v);
    let mut out = vec![0u8; usize::try_from(size).ok()?];
    let record = write_image(v, HEADER, mtime, 0, |off, b| {
        let (start, end) = (off as usize, off as usize + b.len());
        match out.get_mut(start..end) {
            Some(dst) => {
                dst.copy_from_slice(b);
                true
            }
            None => false,
        }
    })?;
    write_record(&mut out, &record);
    let checksum = fnv(&out[HEADER as usize..], FNV_SEED);
    let header = [MAGIC, build_id(), mtime as u64, size, checksum];
    for (i, w) in header.iter().enumerate() {
        out[i * 8..i * 8 + 8].copy_from_slice(&w.to_le_bytes());
    }
    Some(out)
}

/// The record's bytes at `HEADER` (it has atomics, so it is not `Copy`).
fn write_record(out: &mut [u8], record: &PersistedScript) {
    // SAFETY: PersistedScript is #[repr(C)] plain integers and atomics of plain
    // integers, with no padding holes (its size is a multiple of 8 and every
    // field is 4 or 8 bytes, laid out in pairs): its bytes are initialised.
    let bytes = unsafe {
        std::slice::from_raw_parts(
            (record as *const PersistedScript).cast::<u8>(),
            size_of::<PersistedScript>(),
        )
    };
    out[HEADER as usize..HEADER as usize + bytes.len()].copy_from_slice(bytes);
}

/// Write the image of `v` for `script`; errors are logged and otherwise ignored
/// (the file cache is only an accelerator).
pub fn store(dir: &Path, script: &Path, mtime: i64, v: &ScriptView<'_>) {
    let Some(bytes) = encode(v, mtime) else {
        return;
    };
    let path = image_path(dir, script);
    let written = (|| -> std::io::Result<()> {
        let parent = path.parent().unwrap_or(dir);
        std::fs::create_dir_all(parent)?;
        // Write then rename: a reader never sees half an image.
        let tmp = parent.join(format!(
            ".{}.{}.tmp",
            path.file_name().unwrap_or_default().to_string_lossy(),
            std::process::id()
        ));
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(&bytes)?;
        drop(f);
        std::fs::rename(&tmp, &path)
    })();
    if let Err(e) = written {
        eprintln!(
            "miniphp opcache: cannot write file cache image {}: {e}",
            path.display()
        );
    }
}

/// Delete the image of `script`, if any (`opcache_invalidate()`).
pub fn remove(dir: &Path, script: &Path) {
    let _ = std::fs::remove_file(image_path(dir, script));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::script_of_size;

    fn dir(tag: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("opcache-fc-{tag}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        d
    }

    #[test]
    fn written_then_loaded_where_it_lies() {
        let d = dir("rt");
        let script = script_of_size(40);
        let src = Path::new("/app/x.php");
        assert_eq!(load(&d, src, 5, true).err(), Some(Rejected::Missing));
        store(&d, src, 5, &script.view());
        let back = load(&d, src, 5, true).ok().unwrap();
        assert_eq!(
            miniphp_compiler::dump(back.view()),
            miniphp_compiler::dump(script.view())
        );
        assert_eq!(back.view().ops, script.view().ops);
        assert_eq!(load(&d, src, 6, true).err(), Some(Rejected::Stale));
        let _ = std::fs::remove_dir_all(&d);
    }

    #[test]
    fn corrupt_images_are_refused() {
        let d = dir("bad");
        let src = Path::new("/app/y.php");
        let script = script_of_size(10);
        store(&d, src, 1, &script.view());
        let path = image_path(&d, src);
        let good = std::fs::read(&path).unwrap();
        let cases: Vec<(Vec<u8>, &str)> = vec![
            (good[..good.len() / 2].to_vec(), "wrong size"),
            (good[..10].to_vec(), "truncated header"),
            (b"garbage".repeat(20), "bad magic"),
            (
                {
                    let mut b = good.clone();
                    let n = b.len();
                    b[n - 3] ^= 0xff;
                    b
                },
                "bad checksum",
            ),
            (
                {
                    let mut b = good.clone();
                    b[8] ^= 1;
                    b
                },
                "written by another build",
            ),
        ];
        for (bytes, why) in cases {
            std::fs::write(&path, bytes).unwrap();
            assert_eq!(load(&d, src, 1, true).err(), Some(Rejected::Corrupt(why)));
            assert!(load_logged(&d, src, 1, true).is_none());
        }
        // Without checksums, a table pointing out of the image is still refused.
        let mut b = good.clone();
        let parts_at = HEADER as usize + size_of::<PersistedScript>() - 18 * 16;
        b[parts_at..parts_at + 8].copy_from_slice(&u64::MAX.to_le_bytes());
        std::fs::write(&path, b).unwrap();
        assert_eq!(
            load(&d, src, 1, false).err(),
            Some(Rejected::Corrupt("tables out of bounds"))
        );
        let _ = std::fs::remove_dir_all(&d);
    }
}
