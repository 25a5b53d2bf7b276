//! Listen sockets: `127.0.0.1:9000`, `[::1]:9000`, `9000` (all addresses), or a
//! unix socket path with `listen.owner/group/mode`; inherited across a reload
//! through `MINIPHP_FPM_SOCKETS` (`addr=fd,...`), as php-fpm uses FPM_SOCKETS.

use std::io::{self, Read, Write};
use std::net::{SocketAddr, TcpStream, ToSocketAddrs};
use std::os::fd::{AsFd, AsRawFd, BorrowedFd, FromRawFd, OwnedFd, RawFd};
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};

use nix::sys::socket::{
    self, bind, listen, setsockopt, socket, sockopt, AddressFamily, Backlog, SockFlag, SockType,
    SockaddrIn, SockaddrIn6, UnixAddr,
};

use crate::config::Pool;

pub const SOCKETS_ENV: &str = "MINIPHP_FPM_SOCKETS";

/// Where a pool listens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Address {
    Tcp(SocketAddr),
    Unix(PathBuf),
}

impl Address {
    pub fn parse(s: &str) -> Result<Address, String> {
        if s.starts_with('/') {
            return Ok(Address::Unix(PathBuf::from(s)));
        }
        if let Ok(port) = s.parse::<u16>() {
            return Ok(Address::Tcp(SocketAddr::from(([0, 0, 0, 0], port))));
        }
        let s = s.strip_prefix("unix:").unwrap_or(s);
        if s.starts_with('/') {
            return Ok(Address::Unix(PathBuf::from(s)));
        }
        s.to_socket_addrs()
            .ok()
            .and_then(|mut a| a.next())
            .map(Address::Tcp)
            .ok_or_else(|| format!("failed to resolve the listening address '{s}'"))
    }

    pub fn shown(&self) -> String {
        match self {
            Address::Tcp(a) => a.to_string(),
            Address::Unix(p) => p.display().to_string(),
        }
    }
}

/// A pool's listening socket.
pub struct Listener {
    pub address: Address,
    pub fd: OwnedFd,
}

fn inherited(address: &Address) -> Option<OwnedFd> {
    let env = std::env::var(SOCKETS_ENV).ok()?;
    let shown = address.shown();
    for item in env.split(',') {
        let (addr, fd) = item.rsplit_once('=')?;
        let fd: RawFd = fd.parse().ok()?;
        if addr == shown && nix::fcntl::fcntl(fd, nix::fcntl::FcntlArg::F_GETFD).is_ok() {
            // SAFETY: the fd was ours before the re-exec (named in our own
            // environment variable) and is open; nothing else in this process owns it.
            return Some(unsafe { OwnedFd::from_raw_fd(fd) });
        }
    }
    None
}

fn group_id(name: &str) -> Result<nix::unistd::Gid, String> {
    match nix::unistd::Group::from_name(name) {
        Ok(Some(g)) => Ok(g.gid),
        _ => Err(format!("cannot get gid for group '{name}'")),
    }
}

fn backlog(n: i32) -> io::Result<Backlog> {
    let n = if n < 0 { Backlog::MAXCONN.into() } else { n };
    Backlog::new(n).or(Ok(Backlog::MAXCONN))
}

impl Listener {
    /// Open (or take over after a reload) the socket of `pool`; the bool tells
    /// whether it was inherited.
    pub fn open(pool: &Pool) -> Result<(Listener, bool), String> {
        let address = Address::parse(&pool.listen)?;
        if let Some(fd) = inherited(&address) {
            return Ok((Listener { address, fd }, true));
        }
        let fail = |e: &dyn std::fmt::Display| {
            format!(
                "unable to bind listening socket for address '{}': {e}",
                pool.listen
            )
        };
        let fd = match &address {
            Address::Tcp(a) => {
                let family = if a.is_ipv4() {
                    AddressFamily::Inet
                } else {
                    AddressFamily::Inet6
                };
                let fd = socket(family, SockType::Stream, SockFlag::SOCK_CLOEXEC, None)
                    .map_err(|e| fail(&e))?;
                setsockopt(&fd, sockopt::ReuseAddr, &true).map_err(|e| fail(&e))?;
                let r = match a {
                    SocketAddr::V4(v4) => bind(fd.as_raw_fd(), &SockaddrIn::from(*v4)),
                    SocketAddr::V6(v6) => bind(fd.as_raw_fd(), &SockaddrIn6::from(*v6)),
                };
                r.map_err(|e| fail(&e))?;
                fd
            }
            Address::Unix(path) => {
                // A stale socket file from an earlier run would make bind fail.
                if std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_socket_like()) {
                    let _ = std::fs::remove_file(path);
                }
                let fd = socket(
                    AddressFamily::Unix,
                    SockType::Stream,
                    SockFlag::SOCK_CLOEXEC,
                    None,
                )
                .map_err(|e| fail(&e))?;
                let ua = UnixAddr::new(path.as_path()).map_err(|e| fail(&e))?;
                bind(fd.as_raw_fd(), &ua).map_err(|e| fail(&e))?;
                set_unix_perms(path, pool)?;
                fd
            }
        };
        listen(&fd, backlog(pool.listen_backlog).map_err(|e| fail(&e))?).map_err(|e| fail(&e))?;
        Ok((Listener { address, fd }, false))
    }

    /// The socket's inode (to find its accept queue in /proc/net/tcp).
    pub fn inode(&self) -> Option<u64> {
        let fd = self.fd.try_clone().ok()?;
        std::fs::File::from(fd).metadata().ok().map(|m| m.ino())
    }

    /// Keep the fd open across exec (reload) and name it for the new process.
    pub fn export(&self) -> String {
        let fd = self.fd.as_raw_fd();
        let _ = nix::fcntl::fcntl(
            fd,
            nix::fcntl::FcntlArg::F_SETFD(nix::fcntl::FdFlag::empty()),
        );
        format!("{}={fd}", self.address.shown())
    }

    /// Accept one connection; `Err(EINTR)` when a signal came first.
    pub fn accept(&self) -> nix::Result<Stream> {
        let fd = socket::accept4(self.fd.as_raw_fd(), SockFlag::SOCK_CLOEXEC)?;
        // SAFETY: accept4 returned a new descriptor that nothing else owns.
        let owned = unsafe { OwnedFd::from_raw_fd(fd) };
        Ok(match self.address {
            Address::Tcp(_) => Stream::Tcp(TcpStream::from(owned)),
            Address::Unix(_) => Stream::Unix(UnixStream::from(owned)),
        })
    }

    pub fn as_fd(&self) -> BorrowedFd<'_> {
        self.fd.as_fd()
    }

    /// Remove a unix socket's file (at exit).
    pub fn remove_file(&self) {
        if let Address::Unix(p) = &self.address {
            let _ = std::fs::remove_file(p);
        }
    }
}

trait SocketLike {
    fn is_socket_like(&self) -> bool;
}

impl SocketLike for std::fs::FileType {
    fn is_socket_like(&self) -> bool {
        use std::os::unix::fs::FileTypeExt;
        self.is_socket()
    }
}

fn set_unix_perms(path: &Path, pool: &Pool) -> Result<(), String> {
    let mode = pool.listen_mode;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
        .map_err(|e| format!("failed to chmod() the socket '{}': {e}", path.display()))?;
    let uid = pool
        .listen_owner
        .as_deref()
        .map(|u| lookup_user(u).map(|u| u.uid))
        .transpose()?;
    let gid = pool.listen_group.as_deref().map(group_id).transpose()?;
    if uid.is_some() || gid.is_some() {
        nix::unistd::chown(path, uid, gid)
            .map_err(|e| format!("failed to chown() the socket '{}': {e}", path.display()))?;
    }
    Ok(())
}

/// An accepted connection.
pub enum Stream {
    Tcp(TcpStream),
    Unix(UnixStream),
}

impl Stream {
    /// The peer's IP for the access log (`%R`); None on a unix socket.
    pub fn peer_ip(&self) -> Option<String> {
        match self {
            Stream::Tcp(s) => s.peer_addr().ok().map(|a| a.ip().to_string()),
            Stream::Unix(_) => None,
        }
    }
}

impl Read for Stream {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match self {
            Stream::Tcp(s) => s.read(buf),
            Stream::Unix(s) => s.read(buf),
        }
    }
}

impl Write for Stream {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Stream::Tcp(s) => s.write(buf),
            Stream::Unix(s) => s.write(buf),
        }
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Users and groups by name, for the workers' privilege drop.
pub fn lookup_user(name: &str) -> Result<nix::unistd::User, String> {
    match nix::unistd::User::from_name(name) {
        Ok(Some(u)) => Ok(u),
        _ => Err(format!("cannot get uid for user '{name}'")),
    }
}

pub fn lookup_group(name: &str) -> Result<nix::unistd::Gid, String> {
    group_id(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses() {
        assert_eq!(
            Address::parse("127.0.0.1:9000").unwrap(),
            Address::Tcp("127.0.0.1:9000".parse().unwrap())
        );
        assert_eq!(
            Address::parse("[::1]:9000").unwrap(),
            Address::Tcp("[::1]:9000".parse().unwrap())
        );
        assert_eq!(
            Address::parse("9000").unwrap(),
            Address::Tcp("0.0.0.0:9000".parse().unwrap())
        );
        assert_eq!(
            Address::parse("/run/php.sock").unwrap(),
            Address::Unix("/run/php.sock".into())
        );
        assert!(Address::parse("nonsense").is_err());
    }

    #[test]
    fn unix_socket_with_mode_and_tcp_v6() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("fpm.sock");
        let mut pool = Pool::new("www");
        pool.listen = path.display().to_string();
        pool.listen_mode = 0o600;
        let (l, inherited) = Listener::open(&pool).unwrap();
        assert!(!inherited);
        let meta = std::fs::metadata(&path).unwrap();
        assert_eq!(meta.permissions().mode() & 0o777, 0o600);
        let _c = UnixStream::connect(&path).unwrap();
        assert!(matches!(l.accept(), Ok(Stream::Unix(_))));
        // Opening again replaces the stale socket file.
        drop(l);
        assert!(Listener::open(&pool).is_ok());

        pool.listen = "[::1]:0".into();
        if let Ok((l6, _)) = Listener::open(&pool) {
            assert!(l6.inode().is_some());
        }
    }
}
