//! `md5`, `sha1` and `crc32` (RFC 1321, FIPS 180-1, the IEEE CRC-32 PHP's `crc32` uses).

use crate::value::Value;
use crate::vm::{Unwind, Vm};

use super::args::{arg_str, func, opt_bool};
use super::BuiltinSpec;

pub const FUNCTIONS: &[BuiltinSpec] = &[
    func("md5", md5, &["string", "binary"], 1),
    func("sha1", sha1, &["string", "binary"], 1),
    func("crc32", crc32, &["string"], 1),
];

type R = Result<Value, Unwind>;

/// The message padded to whole 64-byte blocks, its bit length appended.
fn pad(msg: &[u8], big_endian: bool) -> Vec<u8> {
    let mut m = msg.to_vec();
    m.push(0x80);
    while m.len() % 64 != 56 {
        m.push(0);
    }
    let bits = (msg.len() as u64).wrapping_mul(8);
    m.extend_from_slice(&if big_endian {
        bits.to_be_bytes()
    } else {
        bits.to_le_bytes()
    });
    m
}

pub fn md5_digest(msg: &[u8]) -> [u8; 16] {
    const S: [u32; 64] = [
        7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 5, 9, 14, 20, 5, 9, 14, 20, 5,
        9, 14, 20, 5, 9, 14, 20, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 6, 10,
        15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21,
    ];
    // K[i] = floor(|sin(i + 1)| * 2^32).
    let k: Vec<u32> = (0..64)
        .map(|i| ((i as f64 + 1.0).sin().abs() * 4_294_967_296.0) as u32)
        .collect();
    let mut h: [u32; 4] = [0x6745_2301, 0xefcd_ab89, 0x98ba_dcfe, 0x1032_5476];
    for block in pad(msg, false).chunks(64) {
        let w: Vec<u32> = block
            .chunks(4)
            .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect();
        let [mut a, mut b, mut c, mut d] = h;
        for i in 0..64 {
            let (f, g) = match i / 16 {
                0 => ((b & c) | (!b & d), i),
                1 => ((d & b) | (!d & c), (5 * i + 1) % 16),
                2 => (b ^ c ^ d, (3 * i + 5) % 16),
                _ => (c ^ (b | !d), (7 * i) % 16),
            };
            let f = f.wrapping_add(a).wrapping_add(k[i]).wrapping_add(w[g]);
            a = d;
            d = c;
            c = b;
            b = b.wrapping_add(f.rotate_left(S[i]));
        }
        for (x, y) in h.iter_mut().zip([a, b, c, d]) {
            *x = x.wrapping_add(y);
        }
    }
    let mut out = [0u8; 16];
    for (i, x) in h.iter().enumerate() {
        out[i * 4..i * 4 + 4].copy_from_slice(&x.to_le_bytes());
    }
    out
}

pub fn sha1_digest(msg: &[u8]) -> [u8; 20] {
    let mut h: [u32; 5] = [
        0x6745_2301,
        0xefcd_ab89,
        0x98ba_dcfe,
        0x1032_5476,
        0xc3d2_e1f0,
    ];
    for block in pad(msg, true).chunks(64) {
        let mut w = [0u32; 80];
        for (i, c) in block.chunks(4).enumerate() {
            w[i] = u32::from_be_bytes([c[0], c[1], c[2], c[3]]);
        }
        for i in 16..80 {
            w[i] = (w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16]).rotate_left(1);
        }
        let [mut a, mut b, mut c, mut d, mut e] = h;
        for (i, wi) in w.iter().enumerate() {
            let (f, k) = match i / 20 {
                0 => ((b & c) | (!b & d), 0x5a82_7999),
                1 => (b ^ c ^ d, 0x6ed9_eba1),
                2 => ((b & c) | (b & d) | (c & d), 0x8f1b_bcdc),
                _ => (b ^ c ^ d, 0xca62_c1d6),
            };
            let t = a
                .rotate_left(5)
                .wrapping_add(f)
                .wrapping_add(e)
                .wrapping_add(k)
                .wrapping_add(*wi);
            e = d;
            d = c;
            c = b.rotate_left(30);
            b = a;
            a = t;
        }
        for (x, y) in h.iter_mut().zip([a, b, c, d, e]) {
            *x = x.wrapping_add(y);
        }
    }
    let mut out = [0u8; 20];
    for (i, x) in h.iter().enumerate() {
        out[i * 4..i * 4 + 4].copy_from_slice(&x.to_be_bytes());
    }
    out
}

pub fn crc32_of(msg: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in msg {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 != 0 {
                (crc >> 1) ^ 0xedb8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

fn hex(bytes: &[u8]) -> Vec<u8> {
    bytes
        .iter()
        .flat_map(|b| format!("{b:02x}").into_bytes())
        .collect()
}

fn digest_fn(vm: &mut Vm, args: &[Value], f: &str, digest: fn(&[u8]) -> Vec<u8>) -> R {
    let s = arg_str(vm, args, 0, f)?;
    let binary = opt_bool(vm, args, 1, f, false)?;
    let d = digest(&s);
    Ok(Value::from(if binary { d } else { hex(&d) }))
}

fn md5(vm: &mut Vm, args: &mut [Value]) -> R {
    digest_fn(vm, args, "md5", |s| md5_digest(s).to_vec())
}

fn sha1(vm: &mut Vm, args: &mut [Value]) -> R {
    digest_fn(vm, args, "sha1", |s| sha1_digest(s).to_vec())
}

fn crc32(vm: &mut Vm, args: &mut [Value]) -> R {
    let s = arg_str(vm, args, 0, "crc32")?;
    Ok(Value::Long(i64::from(crc32_of(&s))))
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected values from php 8.2: md5("hello"), sha1("hello"), crc32("hello"), and of "".
    #[test]
    fn digests_match_php() {
        assert_eq!(
            hex(&md5_digest(b"hello")),
            b"5d41402abc4b2a76b9719d911017c592"
        );
        assert_eq!(
            hex(&sha1_digest(b"hello")),
            b"aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d"
        );
        assert_eq!(crc32_of(b"hello"), 907060870);
        assert_eq!(hex(&md5_digest(b"")), b"d41d8cd98f00b204e9800998ecf8427e");
        let long = vec![b'a'; 1000];
        assert_eq!(hex(&md5_digest(&long)), b"cabe45dcc9ae5b66ba86600cca6b8ba8");
        assert_eq!(
            hex(&sha1_digest(&long)),
            b"291e9a6c66994949b57ba5e650361e98fc36b1ba"
        );
    }
}
