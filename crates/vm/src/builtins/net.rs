//! Address conversions: `ip2long`/`long2ip` (dotted IPv4 and its integer) and
//! `inet_pton`/`inet_ntop` (text and packed IPv4/IPv6), with inet_pton's strict
//! syntax (no leading zeros or spaces), as PHP uses the C library's; the services
//! database (`getservbyname`/`getservbyport`, from /etc/services as the C library).

use std::net::{Ipv4Addr, Ipv6Addr};

use crate::value::Value;
use crate::vm::{Unwind, Vm};

use super::args::{arg_long, arg_str, func};
use super::BuiltinSpec;

type R = Result<Value, Unwind>;

pub const FUNCTIONS: &[BuiltinSpec] = &[
    func("ip2long", ip2long, &["ip"], 1),
    func("long2ip", long2ip, &["ip"], 1),
    func("inet_pton", inet_pton, &["ip"], 1),
    func("inet_ntop", inet_ntop, &["ip"], 1),
    func("getservbyname", getservbyname, &["service", "protocol"], 2),
    func("getservbyport", getservbyport, &["port", "protocol"], 2),
];

/// One /etc/services entry: its names (official first, then aliases), port, protocol.
struct Service {
    names: Vec<String>,
    port: i64,
    protocol: String,
}

fn services() -> Vec<Service> {
    let text = std::fs::read_to_string("/etc/services").unwrap_or_default();
    text.lines()
        .filter_map(|line| {
            let line = line.split('#').next().unwrap_or_default();
            let mut fields = line.split_whitespace();
            let name = fields.next()?;
            let (port, protocol) = fields.next()?.split_once('/')?;
            let mut names = vec![name.to_string()];
            names.extend(fields.map(str::to_string));
            Some(Service {
                names,
                port: port.parse().ok()?,
                protocol: protocol.to_string(),
            })
        })
        .collect()
}

fn getservbyname(vm: &mut Vm, args: &mut [Value]) -> R {
    let name = arg_str(vm, args, 0, "getservbyname")?;
    let protocol = arg_str(vm, args, 1, "getservbyname")?;
    let (name, protocol) = (
        String::from_utf8_lossy(&name),
        String::from_utf8_lossy(&protocol),
    );
    Ok(services()
        .into_iter()
        .find(|s| s.protocol == protocol && s.names.iter().any(|n| *n == name))
        .map_or(Value::False, |s| Value::Long(s.port)))
}

fn getservbyport(vm: &mut Vm, args: &mut [Value]) -> R {
    let port = arg_long(vm, args, 0, "getservbyport")?;
    let protocol = arg_str(vm, args, 1, "getservbyport")?;
    let protocol = String::from_utf8_lossy(&protocol);
    Ok(services()
        .into_iter()
        .find(|s| s.protocol == protocol && s.port == port)
        .map_or(Value::False, |s| Value::from(s.names[0].as_str())))
}

fn parse_v4(s: &[u8]) -> Option<Ipv4Addr> {
    std::str::from_utf8(s).ok()?.parse().ok()
}

fn ip2long(vm: &mut Vm, args: &mut [Value]) -> R {
    let s = arg_str(vm, args, 0, "ip2long")?;
    Ok(parse_v4(&s).map_or(Value::False, |a| Value::Long(i64::from(u32::from(a)))))
}

fn long2ip(vm: &mut Vm, args: &mut [Value]) -> R {
    // The low 32 bits, as PHP's cast to an unsigned 32-bit address.
    let n = arg_long(vm, args, 0, "long2ip")?;
    Ok(Value::from(Ipv4Addr::from(n as u32).to_string()))
}

fn inet_pton(vm: &mut Vm, args: &mut [Value]) -> R {
    let s = arg_str(vm, args, 0, "inet_pton")?;
    if let Some(a) = parse_v4(&s) {
        return Ok(Value::from(a.octets().to_vec()));
    }
    let v6 = std::str::from_utf8(&s)
        .ok()
        .and_then(|t| t.parse::<Ipv6Addr>().ok());
    Ok(v6.map_or(Value::False, |a| Value::from(a.octets().to_vec())))
}

fn inet_ntop(vm: &mut Vm, args: &mut [Value]) -> R {
    let s = arg_str(vm, args, 0, "inet_ntop")?;
    Ok(match s.len() {
        4 => Value::from(Ipv4Addr::new(s[0], s[1], s[2], s[3]).to_string()),
        16 => {
            let mut b = [0u8; 16];
            b.copy_from_slice(&s);
            Value::from(Ipv6Addr::from(b).to_string())
        }
        _ => Value::False,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    // php: ip2long("01.2.3.4") === false, ip2long("255.255.255.255") === 4294967295
    #[test]
    fn strict_dotted_quads() {
        assert_eq!(parse_v4(b"192.168.1.1").map(u32::from), Some(3_232_235_777));
        assert_eq!(parse_v4(b"01.2.3.4"), None);
        assert_eq!(parse_v4(b" 1.2.3.4"), None);
        assert_eq!(parse_v4(b"1.2.3"), None);
    }
}
