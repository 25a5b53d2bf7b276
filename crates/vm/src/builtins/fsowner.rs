//! The file system beyond one file's contents: free and total disk space, the umask,
//! ownership (`chown`, `chgrp`, their `l` forms), `linkinfo`, and the main script's
//! owner, inode and time (`get_current_user`, `getmyuid`, `getlastmod`…), through the
//! OS calls php makes (statvfs, umask, chown, lstat, getpwuid).

use nix::sys::stat::Mode;
use nix::unistd::{Gid, Group, Uid, User};

use crate::value::Value;
use crate::vm::{Unwind, Vm};

use super::args::{func, get, has, opt_long};
use super::file::{path_of, strerror};
use super::streams::arg_path;
use super::BuiltinSpec;

type R = Result<Value, Unwind>;

pub const FUNCTIONS: &[BuiltinSpec] = &[
    func("disk_free_space", disk_free_space, &["directory"], 1),
    func("diskfreespace", diskfreespace, &["directory"], 1),
    func("disk_total_space", disk_total_space, &["directory"], 1),
    func("umask", umask, &["mask"], 0),
    func("chown", chown, &["filename", "user"], 2),
    func("lchown", lchown, &["filename", "user"], 2),
    func("chgrp", chgrp, &["filename", "group"], 2),
    func("lchgrp", lchgrp, &["filename", "group"], 2),
    func("linkinfo", linkinfo, &["path"], 1),
    func("get_current_user", get_current_user, &[], 0),
    func("getmyuid", getmyuid, &[], 0),
    func("getmygid", getmygid, &[], 0),
    func("getmyinode", getmyinode, &[], 0),
    func("getlastmod", getlastmod, &[], 0),
];

/// Which figure of statvfs a disk function reports.
#[derive(Clone, Copy)]
enum Space {
    Free,
    Total,
}

fn disk_space(vm: &mut Vm, args: &[Value], f: &str, which: Space) -> R {
    let dir = arg_path(vm, args, 0, f)?;
    if dir.is_empty() {
        return Ok(Value::False);
    }
    match nix::sys::statvfs::statvfs(path_of(&dir)) {
        Ok(s) => {
            let blocks = match which {
                Space::Free => s.blocks_available(),
                Space::Total => s.blocks(),
            };
            Ok(Value::Double(blocks as f64 * s.fragment_size() as f64))
        }
        Err(e) => {
            vm.warning(&format!("{f}(): {}", strerror(&e.into())));
            Ok(Value::False)
        }
    }
}

fn disk_free_space(vm: &mut Vm, args: &mut [Value]) -> R {
    disk_space(vm, args, "disk_free_space", Space::Free)
}

fn diskfreespace(vm: &mut Vm, args: &mut [Value]) -> R {
    disk_space(vm, args, "diskfreespace", Space::Free)
}

fn disk_total_space(vm: &mut Vm, args: &mut [Value]) -> R {
    disk_space(vm, args, "disk_total_space", Space::Total)
}

/// `umask()` reads the mask (setting it back at once), `umask($m)` sets it; both
/// return the mask as it was.
fn umask(vm: &mut Vm, args: &mut [Value]) -> R {
    let new = if has(args, 0) && !matches!(get(args, 0), Value::Null) {
        Some(opt_long(vm, args, 0, "umask", 0)?)
    } else {
        None
    };
    let probe = Mode::from_bits_truncate(0o077);
    let old = nix::sys::stat::umask(new.map_or(probe, |m| {
        Mode::from_bits_truncate((m & 0o777) as nix::libc::mode_t)
    }));
    if new.is_none() {
        nix::sys::stat::umask(old);
    }
    Ok(Value::Long(i64::from(old.bits())))
}

/// Whose id `chown`-like functions were given: a number as is, a name looked up.
fn owner_id(vm: &mut Vm, args: &[Value], f: &str, group: bool) -> Result<Option<u32>, Unwind> {
    if let Value::Long(n) = get(args, 1) {
        return Ok(Some(n as u32));
    }
    let name = super::args::arg_str(vm, args, 1, f)?;
    let text = String::from_utf8_lossy(&name);
    let found = if group {
        Group::from_name(&text)
            .ok()
            .flatten()
            .map(|g| g.gid.as_raw())
    } else {
        User::from_name(&text)
            .ok()
            .flatten()
            .map(|u| u.uid.as_raw())
    };
    if found.is_none() {
        let what = if group { "gid" } else { "uid" };
        vm.warning(&format!("{f}(): Unable to find {what} for {text}"));
    }
    Ok(found)
}

fn change_owner(vm: &mut Vm, args: &[Value], f: &str, group: bool, follow: bool) -> R {
    use nix::fcntl::AtFlags;
    let name = arg_path(vm, args, 0, f)?;
    if let Some(class) = vm.user_wrapper(&name) {
        // PHP_STREAM_META_OWNER_NAME (2), _OWNER (3), _GROUP_NAME (4), _GROUP (5).
        let who = get(args, 1);
        let option = match (group, matches!(who, Value::Long(_))) {
            (false, false) => 2,
            (false, true) => 3,
            (true, false) => 4,
            (true, true) => 5,
        };
        return super::file::user_metadata(vm, f, &class, &name, option, who);
    }
    let Some(id) = owner_id(vm, args, f, group)? else {
        return Ok(Value::False);
    };
    let (uid, gid) = if group {
        (None, Some(Gid::from_raw(id)))
    } else {
        (Some(Uid::from_raw(id)), None)
    };
    let flag = if follow {
        AtFlags::empty()
    } else {
        AtFlags::AT_SYMLINK_NOFOLLOW
    };
    match nix::unistd::fchownat(None, path_of(&name), uid, gid, flag) {
        Ok(()) => Ok(Value::True),
        Err(e) => {
            vm.warning(&format!("{f}(): {}", strerror(&e.into())));
            Ok(Value::False)
        }
    }
}

fn chown(vm: &mut Vm, args: &mut [Value]) -> R {
    change_owner(vm, args, "chown", false, true)
}

fn lchown(vm: &mut Vm, args: &mut [Value]) -> R {
    change_owner(vm, args, "lchown", false, false)
}

fn chgrp(vm: &mut Vm, args: &mut [Value]) -> R {
    change_owner(vm, args, "chgrp", true, true)
}

fn lchgrp(vm: &mut Vm, args: &mut [Value]) -> R {
    change_owner(vm, args, "lchgrp", true, false)
}

/// The device of the link itself (lstat's st_dev), or -1 with a warning.
fn linkinfo(vm: &mut Vm, args: &mut [Value]) -> R {
    use std::os::unix::fs::MetadataExt;
    let name = arg_path(vm, args, 0, "linkinfo")?;
    match std::fs::symlink_metadata(path_of(&name)) {
        Ok(m) => Ok(Value::Long(m.dev() as i64)),
        Err(e) => {
            vm.warning(&format!("linkinfo(): {}", strerror(&e)));
            Ok(Value::Long(-1))
        }
    }
}

/// The main script's stat (php's `sapi_get_stat`): none for `-r` code or stdin.
fn script_meta(vm: &Vm) -> Option<std::fs::Metadata> {
    let main = vm.scripts.first()?;
    std::fs::metadata(main.path.to_string()).ok()
}

/// The name of the main script's owner, or "".
fn get_current_user(vm: &mut Vm, _args: &mut [Value]) -> R {
    use std::os::unix::fs::MetadataExt;
    let owner = script_meta(vm).and_then(|m| User::from_uid(Uid::from_raw(m.uid())).ok().flatten());
    Ok(Value::from(owner.map_or(String::new(), |u| u.name)))
}

/// The script's owner; without a script file, the process's user (as php_statpage).
fn getmyuid(vm: &mut Vm, _args: &mut [Value]) -> R {
    use std::os::unix::fs::MetadataExt;
    let uid = script_meta(vm).map_or_else(|| Uid::current().as_raw(), |m| m.uid());
    Ok(Value::Long(i64::from(uid)))
}

fn getmygid(vm: &mut Vm, _args: &mut [Value]) -> R {
    use std::os::unix::fs::MetadataExt;
    let gid = script_meta(vm).map_or_else(|| Gid::current().as_raw(), |m| m.gid());
    Ok(Value::Long(i64::from(gid)))
}

fn getmyinode(vm: &mut Vm, _args: &mut [Value]) -> R {
    use std::os::unix::fs::MetadataExt;
    Ok(script_meta(vm).map_or(Value::False, |m| Value::Long(m.ino() as i64)))
}

fn getlastmod(vm: &mut Vm, _args: &mut [Value]) -> R {
    use std::os::unix::fs::MetadataExt;
    Ok(script_meta(vm).map_or(Value::False, |m| Value::Long(m.mtime())))
}
