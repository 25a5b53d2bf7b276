//! Socket streams (PHP's `xp_socket.c` transports): `stream_socket_server`,
//! `stream_socket_client`, `fsockopen`, `stream_socket_accept`, `stream_socket_pair`,
//! `stream_select` and the socket queries. A socket is a descriptor stream
//! (`Backend::File` over the socket's descriptor, no wrapper), marked `socket` so
//! that a read finding nothing yet is not its end.

use std::fs::File;
use std::io::ErrorKind;
use std::net::{SocketAddr, TcpListener, TcpStream, ToSocketAddrs, UdpSocket};
use std::os::fd::{AsFd, AsRawFd, OwnedFd};
use std::os::unix::net::{UnixDatagram, UnixListener, UnixStream};
use std::rc::Rc;
use std::time::Duration;

use nix::sys::socket::{self as sock, MsgFlags, SockaddrLike, SockaddrStorage};

use crate::array::PhpArray;
use crate::resource::{Resource, ResourceKind};
use crate::stream::{Backend, Mode, Stream};
use crate::value::{ArrayKey, Value};
use crate::vm::{Unwind, Vm};

use super::args::{arg_long, arg_str, func, get, has, opt_long, opt_str, set_ref, value_error};
use super::BuiltinSpec;

type R = Result<Value, Unwind>;

pub const FUNCTIONS: &[BuiltinSpec] = &[
    func(
        "stream_socket_server",
        stream_socket_server,
        &["address", "error_code", "error_message", "flags", "context"],
        1,
    )
    .with_by_ref(&[1, 2]),
    func(
        "stream_socket_client",
        stream_socket_client,
        &[
            "address",
            "error_code",
            "error_message",
            "timeout",
            "flags",
            "context",
        ],
        1,
    )
    .with_by_ref(&[1, 2]),
    func(
        "fsockopen",
        fsockopen,
        &["hostname", "port", "error_code", "error_message", "timeout"],
        1,
    )
    .with_by_ref(&[2, 3]),
    func(
        "pfsockopen",
        pfsockopen,
        &["hostname", "port", "error_code", "error_message", "timeout"],
        1,
    )
    .with_by_ref(&[2, 3]),
    func(
        "stream_socket_accept",
        stream_socket_accept,
        &["socket", "timeout", "peer_name"],
        1,
    )
    .with_by_ref(&[2]),
    func(
        "stream_socket_pair",
        stream_socket_pair,
        &["domain", "type", "protocol"],
        3,
    ),
    func(
        "stream_socket_get_name",
        stream_socket_get_name,
        &["socket", "remote"],
        2,
    ),
    func(
        "stream_socket_shutdown",
        stream_socket_shutdown,
        &["stream", "mode"],
        2,
    ),
    func(
        "stream_socket_recvfrom",
        stream_socket_recvfrom,
        &["socket", "length", "flags", "address"],
        2,
    )
    .with_by_ref(&[3]),
    func(
        "stream_socket_sendto",
        stream_socket_sendto,
        &["socket", "data", "flags", "address"],
        2,
    ),
    func("stream_get_transports", stream_get_transports, &[], 0),
    func(
        "stream_select",
        stream_select,
        &["read", "write", "except", "seconds", "microseconds"],
        4,
    )
    .with_by_ref(&[0, 1, 2]),
];

/// The transports PHP lists (those of a build with OpenSSL).
const TRANSPORTS: &[&str] = &[
    "tcp", "udp", "unix", "udg", "ssl", "tls", "tlsv1.0", "tlsv1.1", "tlsv1.2", "tlsv1.3",
];

/// A socket address as given: the transport and what follows `://`.
struct Target<'a> {
    transport: &'a str,
    rest: &'a str,
}

fn target(address: &str) -> Target<'_> {
    match address.split_once("://") {
        Some((t, rest)) => Target { transport: t, rest },
        None => Target {
            transport: "tcp",
            rest: address,
        },
    }
}

/// `host:port` (`[v6]:port` too) as socket addresses.
fn inet_addrs(rest: &str) -> Result<Vec<SocketAddr>, String> {
    let (host, port) = rest
        .rsplit_once(':')
        .ok_or_else(|| format!("Failed to parse address \"{rest}\""))?;
    let host = host.trim_start_matches('[').trim_end_matches(']');
    let port: u16 = port
        .parse()
        .map_err(|_| format!("Failed to parse address \"{rest}\""))?;
    (host, port)
        .to_socket_addrs()
        .map(|a| a.collect())
        .map_err(|_| {
            format!("php_network_getaddresses: getaddrinfo for {host} failed: Name or service not known")
        })
}

/// Why a socket call failed, as PHP words it (the C library's message).
fn os_message(e: &std::io::Error) -> String {
    super::file::strerror(e)
}

/// A socket stream over `fd` (`r+`, not seekable, no wrapper).
fn socket_stream(fd: OwnedFd, stream_type: &'static str) -> Stream {
    let mode = Mode {
        read: true,
        write: true,
        append: false,
    };
    let mut s = Stream::new(
        Backend::File(File::from(fd)),
        mode,
        Vec::new(),
        "",
        stream_type,
    );
    s.mode_text = b"r+".to_vec();
    s.socket = true;
    s.position = None;
    s
}

fn stream_type_of(transport: &str) -> &'static str {
    match transport {
        "udp" => "udp_socket",
        "unix" => "unix_socket",
        "udg" => "udg_socket",
        _ => "tcp_socket/ssl",
    }
}

/// A failure to open: `errno`/`errstr` for the by-reference arguments and the message.
struct Failure {
    code: i64,
    message: String,
}

impl Failure {
    fn os(e: &std::io::Error) -> Failure {
        Failure {
            code: e.raw_os_error().map_or(0, i64::from),
            message: os_message(e),
        }
    }

    fn text(message: String) -> Failure {
        Failure { code: 0, message }
    }
}

fn server_socket(address: &str, flags: i64) -> Result<Stream, Failure> {
    let t = target(address);
    let listen = flags & 8 != 0;
    let fd: OwnedFd = match t.transport {
        "tcp" | "ssl" | "tls" => {
            let addrs = inet_addrs(t.rest).map_err(Failure::text)?;
            if listen {
                TcpListener::bind(&addrs[..])
                    .map_err(|e| Failure::os(&e))?
                    .into()
            } else {
                // Bound only: listen() is the caller's business (PHP allows this).
                let l = TcpListener::bind(&addrs[..]).map_err(|e| Failure::os(&e))?;
                l.into()
            }
        }
        "udp" => {
            let addrs = inet_addrs(t.rest).map_err(Failure::text)?;
            UdpSocket::bind(&addrs[..])
                .map_err(|e| Failure::os(&e))?
                .into()
        }
        "unix" => UnixListener::bind(t.rest)
            .map_err(|e| Failure::os(&e))?
            .into(),
        "udg" => UnixDatagram::bind(t.rest)
            .map_err(|e| Failure::os(&e))?
            .into(),
        other => {
            return Err(Failure::text(format!(
                "Unable to find the socket transport \"{other}\" - did you forget to enable it when you configured PHP?"
            )))
        }
    };
    Ok(socket_stream(fd, stream_type_of(t.transport)))
}

fn client_socket(address: &str, timeout: Duration) -> Result<Stream, Failure> {
    let t = target(address);
    let fd: OwnedFd = match t.transport {
        "tcp" | "ssl" | "tls" => {
            let addrs = inet_addrs(t.rest).map_err(Failure::text)?;
            let mut last = None;
            let mut conn = None;
            for a in &addrs {
                match TcpStream::connect_timeout(a, timeout) {
                    Ok(s) => {
                        conn = Some(s);
                        break;
                    }
                    Err(e) => last = Some(e),
                }
            }
            match conn {
                Some(s) => s.into(),
                None => {
                    return Err(last.map_or_else(
                        || Failure::text("Connection refused".into()),
                        |e| Failure::os(&e),
                    ))
                }
            }
        }
        "udp" => {
            let addrs = inet_addrs(t.rest).map_err(Failure::text)?;
            let any: SocketAddr = if addrs.first().is_some_and(SocketAddr::is_ipv6) {
                "[::]:0".parse().expect("valid address")
            } else {
                "0.0.0.0:0".parse().expect("valid address")
            };
            let s = UdpSocket::bind(any).map_err(|e| Failure::os(&e))?;
            s.connect(&addrs[..]).map_err(|e| Failure::os(&e))?;
            s.into()
        }
        "unix" => UnixStream::connect(t.rest)
            .map_err(|e| Failure::os(&e))?
            .into(),
        "udg" => {
            let s = UnixDatagram::unbound().map_err(|e| Failure::os(&e))?;
            s.connect(t.rest).map_err(|e| Failure::os(&e))?;
            s.into()
        }
        other => {
            return Err(Failure::text(format!(
                "Unable to find the socket transport \"{other}\" - did you forget to enable it when you configured PHP?"
            )))
        }
    };
    Ok(socket_stream(fd, stream_type_of(t.transport)))
}

/// Seconds as a duration (`default_socket_timeout` when not given); negative or
/// huge values wait as good as forever.
fn seconds(vm: &Vm, given: Option<f64>) -> Duration {
    let secs = given.unwrap_or_else(|| {
        vm.ini_get("default_socket_timeout")
            .and_then(|v| v.trim().parse().ok())
            .unwrap_or(60.0)
    });
    if secs.is_finite() && secs > 0.0 && secs < 1e9 {
        Duration::from_secs_f64(secs)
    } else if secs.is_finite() && secs == 0.0 {
        Duration::from_micros(1)
    } else {
        Duration::from_secs(1_000_000_000)
    }
}

fn opt_float(vm: &mut Vm, args: &[Value], i: usize, f: &str) -> Result<Option<f64>, Unwind> {
    match get(args, i).deref() {
        Value::Null | Value::Undef => Ok(None),
        _ => Ok(Some(super::args::arg_double(vm, args, i, f)?)),
    }
}

/// The stream resource for a socket just opened.
fn opened(vm: &mut Vm, s: Stream) -> Value {
    Value::Resource(vm.new_resource(ResourceKind::Stream(Box::new(s))))
}

fn report(vm: &mut Vm, args: &[Value], refs: (usize, usize), f: &str, shown: &str, e: Failure) {
    set_ref(args, refs.0, Value::Long(e.code));
    set_ref(args, refs.1, Value::from(e.message.clone()));
    vm.warning(&format!(
        "{f}(): Unable to connect to {shown} ({})",
        e.message
    ));
}

fn stream_socket_server(vm: &mut Vm, args: &mut [Value]) -> R {
    const F: &str = "stream_socket_server";
    let address = String::from_utf8_lossy(&arg_str(vm, args, 0, F)?).into_owned();
    let flags = opt_long(vm, args, 3, F, 4 | 8)?;
    set_ref(args, 1, Value::Long(0));
    set_ref(args, 2, Value::from(""));
    match server_socket(&address, flags) {
        Ok(s) => Ok(opened(vm, s)),
        Err(e) => {
            report(vm, args, (1, 2), F, &address, e);
            Ok(Value::False)
        }
    }
}

fn stream_socket_client(vm: &mut Vm, args: &mut [Value]) -> R {
    const F: &str = "stream_socket_client";
    let address = String::from_utf8_lossy(&arg_str(vm, args, 0, F)?).into_owned();
    let timeout = opt_float(vm, args, 3, F)?;
    let timeout = seconds(vm, timeout);
    set_ref(args, 1, Value::Long(0));
    set_ref(args, 2, Value::from(""));
    match client_socket(&address, timeout) {
        Ok(s) => Ok(opened(vm, s)),
        Err(e) => {
            report(vm, args, (1, 2), F, &address, e);
            Ok(Value::False)
        }
    }
}

/// `fsockopen($hostname, $port)`: a client socket to `hostname:port` (a transport
/// prefix such as `udp://` allowed; `unix://` paths take no port).
fn open_client(vm: &mut Vm, args: &mut [Value], f: &str) -> R {
    let host = String::from_utf8_lossy(&arg_str(vm, args, 0, f)?).into_owned();
    let port = opt_long(vm, args, 1, f, -1)?;
    let timeout = opt_float(vm, args, 4, f)?;
    let timeout = seconds(vm, timeout);
    let address = if port > 0 {
        format!("{host}:{port}")
    } else {
        host
    };
    set_ref(args, 2, Value::Long(0));
    set_ref(args, 3, Value::from(""));
    match client_socket(&address, timeout) {
        Ok(s) => Ok(opened(vm, s)),
        Err(e) => {
            report(vm, args, (2, 3), f, &address, e);
            Ok(Value::False)
        }
    }
}

fn fsockopen(vm: &mut Vm, args: &mut [Value]) -> R {
    open_client(vm, args, "fsockopen")
}

fn pfsockopen(vm: &mut Vm, args: &mut [Value]) -> R {
    open_client(vm, args, "pfsockopen")
}

/// The socket stream behind argument `i` (other streams and resources refused as PHP does).
fn socket_arg(vm: &mut Vm, args: &[Value], i: usize, f: &str) -> Result<Rc<Resource>, Unwind> {
    match get(args, i).deref() {
        Value::Resource(r) if matches!(&*r.kind.borrow(), ResourceKind::Stream(_)) => Ok(r),
        Value::Resource(_) => Err(vm.throw_error(
            "TypeError",
            format!("{f}(): supplied resource is not a valid stream resource"),
        )),
        v => Err(super::args::type_error(vm, f, i, "resource", &v)),
    }
}

/// Run `op` on the descriptor of stream resource `r` (None: the stream has none).
fn with_fd<T>(r: &Resource, op: impl FnOnce(&File) -> T) -> Option<T> {
    let kind = r.kind.try_borrow().ok()?;
    let ResourceKind::Stream(s) = &*kind else {
        return None;
    };
    Some(op(s.file()?))
}

/// An address as PHP shows it: `ip:port`, `[ip6]:port`, a socket path.
fn address_text(a: &SockaddrStorage) -> Option<String> {
    if let Some(v4) = a.as_sockaddr_in() {
        return Some(format!("{}:{}", v4.ip(), v4.port()));
    }
    if let Some(v6) = a.as_sockaddr_in6() {
        return Some(format!("[{}]:{}", v6.ip(), v6.port()));
    }
    if let Some(un) = a.as_unix_addr() {
        return un
            .path()
            .map(|p| p.to_string_lossy().into_owned())
            .or_else(|| {
                un.as_abstract()
                    .map(|b| String::from_utf8_lossy(b).into_owned())
            });
    }
    None
}

/// Wait until `f` is readable (or `timeout` passes): whether it is.
fn wait_readable(f: &File, timeout: Duration) -> bool {
    use nix::poll::{poll, PollFd, PollFlags, PollTimeout};
    let ms = timeout.as_millis().min(i32::MAX as u128) as i32;
    let mut fds = [PollFd::new(f.as_fd(), PollFlags::POLLIN)];
    let t = PollTimeout::try_from(ms).unwrap_or(PollTimeout::MAX);
    matches!(poll(&mut fds, t), Ok(n) if n > 0)
}

fn stream_socket_accept(vm: &mut Vm, args: &mut [Value]) -> R {
    const F: &str = "stream_socket_accept";
    let r = socket_arg(vm, args, 0, F)?;
    let timeout = opt_float(vm, args, 1, F)?;
    let timeout = seconds(vm, timeout);
    let accepted = with_fd(&r, |f| {
        if !wait_readable(f, timeout) {
            return Err(std::io::Error::from(ErrorKind::TimedOut));
        }
        let fd = sock::accept(f.as_raw_fd()).map_err(std::io::Error::from)?;
        // SAFETY: accept() just returned this descriptor, owned by no one else.
        let fd = unsafe { <OwnedFd as std::os::fd::FromRawFd>::from_raw_fd(fd) };
        let peer = sock::getpeername::<SockaddrStorage>(fd.as_raw_fd())
            .ok()
            .as_ref()
            .and_then(address_text);
        let ty = if sock::getsockname::<SockaddrStorage>(fd.as_raw_fd())
            .is_ok_and(|a| a.family() == Some(sock::AddressFamily::Unix))
        {
            "unix_socket"
        } else {
            "tcp_socket/ssl"
        };
        Ok((socket_stream(fd, ty), peer))
    });
    match accepted {
        Some(Ok((s, peer))) => {
            if has(args, 2) {
                set_ref(args, 2, peer.map_or(Value::Null, Value::from));
            }
            Ok(opened(vm, s))
        }
        Some(Err(e)) => {
            vm.warning(&format!("{F}(): Accept failed: {}", os_message(&e)));
            Ok(Value::False)
        }
        None => {
            vm.warning(&format!("{F}(): Accept failed: Operation not supported"));
            Ok(Value::False)
        }
    }
}

fn stream_socket_pair(vm: &mut Vm, args: &mut [Value]) -> R {
    const F: &str = "stream_socket_pair";
    let domain = arg_long(vm, args, 0, F)?;
    let ty = arg_long(vm, args, 1, F)?;
    let _protocol = arg_long(vm, args, 2, F)?;
    let family = match domain {
        1 => sock::AddressFamily::Unix,
        2 => sock::AddressFamily::Inet,
        10 => sock::AddressFamily::Inet6,
        _ => {
            return Err(value_error(
                vm,
                F,
                0,
                "must be one of STREAM_PF_INET, STREAM_PF_INET6, or STREAM_PF_UNIX",
            ))
        }
    };
    let kind = match ty {
        1 => sock::SockType::Stream,
        2 => sock::SockType::Datagram,
        3 => sock::SockType::Raw,
        5 => sock::SockType::SeqPacket,
        _ => {
            return Err(value_error(
                vm,
                F,
                1,
                "must be one of STREAM_SOCK_STREAM, STREAM_SOCK_DGRAM, STREAM_SOCK_RAW, STREAM_SOCK_SEQPACKET, or STREAM_SOCK_RDM",
            ))
        }
    };
    match sock::socketpair(family, kind, None, sock::SockFlag::empty()) {
        Ok((a, b)) => {
            let mut out = PhpArray::new();
            for fd in [a, b] {
                let s = socket_stream(fd, "generic_socket");
                out.insert(ArrayKey::Int(out.len() as i64), opened(vm, s));
            }
            Ok(Value::from(out))
        }
        Err(e) => {
            let e = std::io::Error::from(e);
            vm.warning(&format!(
                "{F}(): Failed to create sockets: [{}]: {}",
                e.raw_os_error().unwrap_or(0),
                os_message(&e)
            ));
            Ok(Value::False)
        }
    }
}

fn stream_socket_get_name(vm: &mut Vm, args: &mut [Value]) -> R {
    const F: &str = "stream_socket_get_name";
    let r = socket_arg(vm, args, 0, F)?;
    let remote = super::args::arg_bool(vm, args, 1, F)?;
    let name = with_fd(&r, |f| {
        let a = if remote {
            sock::getpeername::<SockaddrStorage>(f.as_raw_fd())
        } else {
            sock::getsockname::<SockaddrStorage>(f.as_raw_fd())
        };
        a.ok().as_ref().and_then(address_text)
    })
    .flatten();
    // An unbound or unnamed unix socket has an empty name: false, as PHP.
    Ok(name
        .filter(|n| !n.is_empty())
        .map_or(Value::False, Value::from))
}

fn stream_socket_shutdown(vm: &mut Vm, args: &mut [Value]) -> R {
    const F: &str = "stream_socket_shutdown";
    let r = socket_arg(vm, args, 0, F)?;
    let how = arg_long(vm, args, 1, F)?;
    let how = match how {
        0 => sock::Shutdown::Read,
        1 => sock::Shutdown::Write,
        2 => sock::Shutdown::Both,
        _ => {
            return Err(value_error(
                vm,
                F,
                1,
                "must be one of STREAM_SHUT_RD, STREAM_SHUT_WR, or STREAM_SHUT_RDWR",
            ))
        }
    };
    let ok = with_fd(&r, |f| sock::shutdown(f.as_raw_fd(), how).is_ok());
    Ok(Value::from(ok.unwrap_or(false)))
}

fn stream_socket_recvfrom(vm: &mut Vm, args: &mut [Value]) -> R {
    const F: &str = "stream_socket_recvfrom";
    let r = socket_arg(vm, args, 0, F)?;
    let len = arg_long(vm, args, 1, F)?;
    if len <= 0 {
        return Err(value_error(vm, F, 1, "must be greater than 0"));
    }
    let flags = opt_long(vm, args, 2, F, 0)?;
    let got = with_fd(&r, |f| {
        let mut buf = vec![0u8; len.min(1 << 24) as usize];
        // nix's recvfrom takes no flags: with some (MSG_PEEK, MSG_OOB) recv, no sender.
        let got = if flags == 0 {
            sock::recvfrom::<SockaddrStorage>(f.as_raw_fd(), &mut buf)
        } else {
            let flags = MsgFlags::from_bits_truncate(flags as i32);
            sock::recv(f.as_raw_fd(), &mut buf, flags).map(|n| (n, None))
        };
        got.map(|(n, from)| {
            buf.truncate(n);
            (buf, from)
        })
    });
    match got {
        Some(Ok((buf, from))) => {
            if has(args, 3) {
                let shown = from.as_ref().and_then(address_text);
                set_ref(args, 3, shown.map_or(Value::Null, Value::from));
            }
            Ok(Value::from(buf))
        }
        _ => Ok(Value::False),
    }
}

fn stream_socket_sendto(vm: &mut Vm, args: &mut [Value]) -> R {
    const F: &str = "stream_socket_sendto";
    let r = socket_arg(vm, args, 0, F)?;
    let data = arg_str(vm, args, 1, F)?;
    let flags = opt_long(vm, args, 2, F, 0)?;
    let address = opt_str(vm, args, 3, F, b"")?;
    let to = if address.is_empty() {
        None
    } else {
        let text = String::from_utf8_lossy(&address).into_owned();
        match inet_addrs(&text).ok().and_then(|a| a.first().copied()) {
            Some(a) => Some(SockaddrStorage::from(a)),
            None => {
                vm.warning(&format!(
                    "{F}(): Failed to parse `{text}' into a valid network address"
                ));
                return Ok(Value::False);
            }
        }
    };
    let sent = with_fd(&r, |f| {
        let flags = MsgFlags::from_bits_truncate(flags as i32);
        match &to {
            Some(a) => sock::sendto(f.as_raw_fd(), &data, a, flags),
            None => sock::send(f.as_raw_fd(), &data, flags),
        }
    });
    Ok(match sent {
        Some(Ok(n)) => Value::Long(n as i64),
        _ => Value::Long(-1),
    })
}

fn stream_get_transports(_: &mut Vm, _: &mut [Value]) -> R {
    let mut out = PhpArray::new();
    for (i, t) in TRANSPORTS.iter().enumerate() {
        out.insert(ArrayKey::Int(i as i64), Value::from(*t));
    }
    Ok(Value::from(out))
}

/// `feof()` on a socket with nothing read ahead: whether the peer closed its end (a
/// peek finds the end), as PHP's liveness check.
pub(crate) fn peer_gone(f: &File) -> bool {
    if !wait_readable(f, Duration::ZERO) {
        return false;
    }
    let mut b = [0u8; 1];
    matches!(
        sock::recv(
            f.as_raw_fd(),
            &mut b,
            MsgFlags::MSG_PEEK | MsgFlags::MSG_DONTWAIT
        ),
        Ok(0)
    )
}

/// One array of `stream_select`: its entries with the descriptor to watch (None: no
/// stream) and whether read-ahead data is waiting.
struct SelectSet {
    entries: Vec<(ArrayKey, Value, Option<File>, bool)>,
}

fn select_set(vm: &mut Vm, arr: &PhpArray) -> SelectSet {
    let mut entries = Vec::new();
    for (k, v) in arr.iter() {
        let v = v.deref();
        let mut watched = (None, false);
        if let Value::Resource(r) = &v {
            if let Ok(kind) = r.kind.try_borrow() {
                if let ResourceKind::Stream(s) = &*kind {
                    match s.file().and_then(|f| f.try_clone().ok()) {
                        Some(f) => watched = (Some(f), s.buffered() > 0),
                        None => vm.warning(&format!(
                            "stream_select(): Cannot represent a stream of type {} as a select()able descriptor",
                            s.stream_type
                        )),
                    }
                }
            }
        }
        entries.push((k.clone(), v, watched.0, watched.1));
    }
    SelectSet { entries }
}

/// The by-reference array argument `i` of stream_select (None: null).
fn select_arg(vm: &mut Vm, args: &[Value], i: usize) -> Result<Option<PhpArray>, Unwind> {
    match get(args, i).deref() {
        Value::Null | Value::Undef => Ok(None),
        Value::Array(a) => Ok(Some((*a).clone())),
        v => Err(super::args::type_error(
            vm,
            "stream_select",
            i,
            "?array",
            &v,
        )),
    }
}

fn stream_select(vm: &mut Vm, args: &mut [Value]) -> R {
    const F: &str = "stream_select";
    let arrays = [
        select_arg(vm, args, 0)?,
        select_arg(vm, args, 1)?,
        select_arg(vm, args, 2)?,
    ];
    let sec = match get(args, 3).deref() {
        Value::Null | Value::Undef => None,
        _ => Some(arg_long(vm, args, 3, F)?),
    };
    let usec = match get(args, 4).deref() {
        Value::Null | Value::Undef => None,
        _ => Some(arg_long(vm, args, 4, F)?),
    };
    let sets: Vec<Option<SelectSet>> = arrays
        .iter()
        .map(|a| a.as_ref().map(|a| select_set(vm, a)))
        .collect();
    let watched: usize = sets
        .iter()
        .flatten()
        .map(|s| s.entries.iter().filter(|e| e.2.is_some()).count())
        .sum();
    if watched == 0 {
        return Err(vm.throw_error("ValueError", "No stream arrays were passed".into()));
    }
    let timeout = match (sec, usec) {
        (None, Some(u)) if u != 0 => {
            return Err(value_error(
                vm,
                F,
                4,
                "must be null when argument #4 ($seconds) is null",
            ))
        }
        (None, _) => None,
        (Some(s), _) if s < 0 => {
            return Err(value_error(vm, F, 3, "must be greater than or equal to 0"))
        }
        (Some(_), Some(u)) if u < 0 => {
            return Err(value_error(vm, F, 4, "must be greater than or equal to 0"))
        }
        (Some(s), u) => {
            Some(Duration::from_secs(s as u64) + Duration::from_micros(u.unwrap_or(0) as u64))
        }
    };
    // Read-ahead data counts as readable, and then no one waits (PHP's emulation).
    if let Some(read) = &sets[0] {
        let ready: Vec<_> = read.entries.iter().filter(|e| e.3).collect();
        if !ready.is_empty() {
            let mut out = PhpArray::new();
            for (k, v, _, _) in &ready {
                out.insert(k.clone(), v.clone());
            }
            let n = ready.len();
            set_ref(args, 0, Value::from(out));
            for (i, set) in sets.iter().enumerate().skip(1) {
                if set.is_some() {
                    set_ref(args, i, Value::from(PhpArray::new()));
                }
            }
            return Ok(Value::Long(n as i64));
        }
    }
    use nix::poll::{poll, PollFd, PollFlags, PollTimeout};
    let flags = [PollFlags::POLLIN, PollFlags::POLLOUT, PollFlags::POLLPRI];
    let mut fds = Vec::new();
    let mut owner = Vec::new();
    for (i, set) in sets.iter().enumerate() {
        for (j, e) in set.iter().flat_map(|s| s.entries.iter().enumerate()) {
            if let Some(f) = &e.2 {
                fds.push(PollFd::new(f.as_fd(), flags[i]));
                owner.push((i, j));
            }
        }
    }
    let t = match timeout {
        None => PollTimeout::NONE,
        Some(d) => PollTimeout::try_from(d.as_millis().min(i32::MAX as u128) as i32)
            .unwrap_or(PollTimeout::MAX),
    };
    if let Err(e) = poll(&mut fds, t) {
        let e = std::io::Error::from(e);
        vm.warning(&format!(
            "{F}(): Unable to select [{}]: {}",
            e.raw_os_error().unwrap_or(0),
            os_message(&e)
        ));
        return Ok(Value::False);
    }
    // A hang-up or error makes a descriptor readable (and writable), as select says.
    let gone = PollFlags::POLLHUP | PollFlags::POLLERR;
    let mut ready = [Vec::new(), Vec::new(), Vec::new()];
    for (fd, &(i, j)) in fds.iter().zip(&owner) {
        let got = fd.revents().unwrap_or(PollFlags::empty());
        let hit = got.intersects(flags[i]) || (i < 2 && got.intersects(gone));
        if hit {
            ready[i].push(j);
        }
    }
    drop(fds);
    let mut count = 0;
    for (i, set) in sets.iter().enumerate() {
        let Some(set) = set else { continue };
        let mut out = PhpArray::new();
        let mut seen = Vec::new();
        for &j in &ready[i] {
            let (k, v, f, _) = &set.entries[j];
            out.insert(k.clone(), v.clone());
            // The same stream twice in a set counts once, as select()'s bits.
            if let (Value::Resource(r), Some(_)) = (v, f) {
                if !seen.contains(&r.id) {
                    seen.push(r.id);
                    count += 1;
                }
            }
        }
        set_ref(args, i, Value::from(out));
    }
    Ok(Value::Long(count))
}

/// `stream_set_blocking()` on a socket: its descriptor's O_NONBLOCK.
pub(crate) fn set_blocking(f: &File, blocking: bool) -> bool {
    use nix::fcntl::{fcntl, FcntlArg, OFlag};
    let Ok(flags) = fcntl(f.as_raw_fd(), FcntlArg::F_GETFL) else {
        return false;
    };
    let mut flags = OFlag::from_bits_truncate(flags);
    flags.set(OFlag::O_NONBLOCK, !blocking);
    fcntl(f.as_raw_fd(), FcntlArg::F_SETFL(flags)).is_ok()
}

/// `stream_set_timeout()` on a socket: how long a read waits (SO_RCVTIMEO; a read
/// that gives up marks the stream timed out).
pub(crate) fn set_read_timeout(f: &File, secs: i64, usecs: i64) -> bool {
    use nix::sys::time::TimeVal;
    let total = secs.saturating_mul(1_000_000).saturating_add(usecs).max(1);
    let tv = TimeVal::new(total / 1_000_000, total % 1_000_000);
    sock::setsockopt(f, sock::sockopt::ReceiveTimeout, &tv).is_ok()
}
