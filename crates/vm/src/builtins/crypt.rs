//! One-way password hashing: `crypt()` with the salt formats of ext/standard/crypt.c
//! (standard and extended DES, MD5 `$1$`, Blowfish `$2a$`/`$2b$`/`$2x$`/`$2y$`,
//! SHA-256 `$5$`, SHA-512 `$6$`), and the `password_*` API over bcrypt. The
//! algorithms come from the `pwhash` crate; salt parsing, limits and failure
//! tokens (`*0`/`*1`) follow PHP.
#![allow(deprecated)] // pwhash marks the legacy schemes deprecated; crypt() must offer them

use digest::Digest;
use md5::Md5;
use pwhash::{bcrypt, bsdi_crypt, sha256_crypt, sha512_crypt, unix_crypt, HashSetup};

use crate::array::PhpArray;
use crate::value::{ArrayKey, Value};
use crate::vm::{Unwind, Vm};

use super::args::{arg_str, func, get, has, type_error, value_error};
use super::BuiltinSpec;

type R = Result<Value, Unwind>;

pub const FUNCTIONS: &[BuiltinSpec] = &[
    func("crypt", crypt, &["string", "salt"], 2),
    func(
        "password_hash",
        password_hash,
        &["password", "algo", "options"],
        2,
    ),
    func("password_verify", password_verify, &["password", "hash"], 2),
    func("password_get_info", password_get_info, &["hash"], 1),
    func(
        "password_needs_rehash",
        password_needs_rehash,
        &["hash", "algo", "options"],
        2,
    ),
    func("password_algos", password_algos, &[], 0),
];

/// bcrypt's cost when none is given (`PASSWORD_BCRYPT_DEFAULT_COST`).
const DEFAULT_COST: i64 = 10;
/// The salt is cut to this many bytes (`PHP_MAX_SALT_LEN`).
const MAX_SALT_LEN: usize = 123;

fn is_salt_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'.' || c == b'/'
}

/// The hash of `pass` under `salt`, or `None` where PHP's crypt fails.
pub fn php_crypt(pass: &[u8], salt: &[u8]) -> Option<String> {
    // Both are C strings to the algorithms.
    let pass = &pass[..pass.iter().position(|&c| c == 0).unwrap_or(pass.len())];
    let salt = &salt[..salt.len().min(MAX_SALT_LEN)];
    let salt = &salt[..salt.iter().position(|&c| c == 0).unwrap_or(salt.len())];
    match salt {
        [b'*', b'0' | b'1', ..] => None,
        [b'$', b'1', b'$', rest @ ..] => Some(md5_crypt(pass, take_until_dollar(rest, 8))),
        [b'$', v @ (b'5' | b'6'), b'$', rest @ ..] => sha_crypt(pass, *v, rest),
        [b'$', b'2', v, b'$', rest @ ..] => blowfish(pass, *v, rest),
        [b'_', rest @ ..] => {
            if rest.len() < 8 || !rest[..8].iter().copied().all(is_salt_char) {
                return None;
            }
            let setting = std::str::from_utf8(&salt[..9]).ok()?;
            bsdi_crypt::hash_with(setting, pass).ok()
        }
        [a, b, ..] if is_salt_char(*a) && is_salt_char(*b) => {
            let setting = std::str::from_utf8(&salt[..2]).ok()?;
            unix_crypt::hash_with(setting, pass).ok()
        }
        _ => None,
    }
}

/// FreeBSD's MD5 crypt (`$1$`), as php_md5_crypt_r: any salt bytes are taken as they
/// are (the libraries that check them refuse some salts PHP accepts).
fn md5_crypt(pass: &[u8], salt: &[u8]) -> String {
    let mut ctx = Md5::new();
    ctx.update(pass);
    ctx.update(b"$1$");
    ctx.update(salt);
    let alt = Md5::new()
        .chain_update(pass)
        .chain_update(salt)
        .chain_update(pass)
        .finalize();
    for chunk in (0..pass.len()).step_by(16) {
        ctx.update(&alt[..(pass.len() - chunk).min(16)]);
    }
    let mut i = pass.len();
    while i > 0 {
        ctx.update(if i & 1 != 0 { &[0u8][..] } else { &pass[..1] });
        i >>= 1;
    }
    let mut last = ctx.finalize();
    for round in 0..1000 {
        let mut c = Md5::new();
        if round & 1 != 0 {
            c.update(pass);
        } else {
            c.update(last);
        }
        if round % 3 != 0 {
            c.update(salt);
        }
        if round % 7 != 0 {
            c.update(pass);
        }
        if round & 1 != 0 {
            c.update(last);
        } else {
            c.update(pass);
        }
        last = c.finalize();
    }
    const ITOA64: &[u8] = b"./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    let mut out = b"$1$".to_vec();
    out.extend_from_slice(salt);
    out.push(b'$');
    let mut put = |v: u32, n: usize| {
        for k in 0..n {
            out.push(ITOA64[(v >> (6 * k) & 0x3f) as usize]);
        }
    };
    let f = |i: usize| u32::from(last[i]);
    for (a, b, c) in [(0, 6, 12), (1, 7, 13), (2, 8, 14), (3, 9, 15), (4, 10, 5)] {
        put(f(a) << 16 | f(b) << 8 | f(c), 4);
    }
    put(f(11), 2);
    String::from_utf8_lossy(&out).into_owned()
}

fn take_until_dollar(s: &[u8], max: usize) -> &[u8] {
    let end = s
        .iter()
        .take(max)
        .position(|&c| c == b'$')
        .unwrap_or(s.len().min(max));
    &s[..end]
}

/// `$5$` / `$6$`: an optional `rounds=N$` (1000 to 999999999, else a failure), then up
/// to 16 salt bytes.
fn sha_crypt(pass: &[u8], variant: u8, mut rest: &[u8]) -> Option<String> {
    let mut rounds = None;
    if let Some(after) = rest.strip_prefix(b"rounds=") {
        let digits = after.iter().take_while(|c| c.is_ascii_digit()).count();
        if after.get(digits) == Some(&b'$') {
            let n: u64 = std::str::from_utf8(&after[..digits])
                .ok()?
                .parse()
                .unwrap_or(u64::MAX);
            if !(1000..=999_999_999).contains(&n) {
                return None;
            }
            rounds = Some(n as u32);
            rest = &after[digits + 1..];
        }
    }
    let setup = HashSetup {
        salt: Some(std::str::from_utf8(take_until_dollar(rest, 16)).ok()?),
        rounds,
    };
    if variant == b'5' {
        sha256_crypt::hash_with(setup, pass).ok()
    } else {
        sha512_crypt::hash_with(setup, pass).ok()
    }
}

/// `$2?$NN$` + 22 salt characters; the cost is two digits from 04 to 31.
fn blowfish(pass: &[u8], variant: u8, rest: &[u8]) -> Option<String> {
    // crypt_blowfish's flags by subtype: `$2x$` keeps the old sign-extension bug, `$2a$`
    // guards against it (bit 1), `$2b$` and `$2y$` are plain.
    let flags = match variant {
        b'a' => 2,
        b'x' => 1,
        b'b' | b'y' => 0,
        _ => return None,
    };
    let (cost, salt) = match rest {
        [d1 @ b'0'..=b'3', d2 @ b'0'..=b'9', b'$', salt @ ..] => {
            (u32::from(d1 - b'0') * 10 + u32::from(d2 - b'0'), salt)
        }
        _ => return None,
    };
    if !(4..=31).contains(&cost) || salt.len() < 22 || !salt[..22].iter().copied().all(is_salt_char)
    {
        return None;
    }
    let salt = bcrypt64_decode(&salt[..22]);
    let digest = eks_blowfish(pass, &salt, cost, flags);
    let mut out = format!("$2{}${cost:02}$", variant as char);
    out.push_str(&bcrypt64_encode(&salt));
    out.push_str(&bcrypt64_encode(&digest[..23]));
    Some(out)
}

const BCRYPT64: &[u8; 64] = b"./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/// bcrypt's base64 of 22 checked salt characters: 16 bytes (the last character's low
/// bits are dropped, so the hash shows the salt re-encoded).
fn bcrypt64_decode(s: &[u8]) -> [u8; 16] {
    let idx = |c: u8| BCRYPT64.iter().position(|&a| a == c).unwrap_or(0) as u8;
    let mut out = [0u8; 16];
    let mut bits = 0u32;
    let mut n = 0;
    let mut k = 0;
    for &c in s {
        bits = (bits << 6) | u32::from(idx(c));
        n += 6;
        if n >= 8 && k < 16 {
            n -= 8;
            out[k] = (bits >> n) as u8;
            k += 1;
        }
    }
    out
}

fn bcrypt64_encode(b: &[u8]) -> String {
    let mut out = String::new();
    for chunk in b.chunks(3) {
        let v = chunk
            .iter()
            .enumerate()
            .fold(0u32, |v, (i, &x)| v | (u32::from(x) << (16 - 8 * i)));
        for i in 0..=chunk.len() {
            out.push(BCRYPT64[(v >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

/// The 18 key words of crypt_blowfish's `BF_set_key` as big-endian bytes: the password
/// with its NUL cycled; flag 1 reads bytes as signed chars (`$2x$`'s bug). With flag 2
/// the second result has bit 16 of the first word flipped when a byte >= 0x80 would
/// have made the bug matter without changing the words (`$2a$`'s countermeasure): it is
/// used for the first (salted) expansion only.
fn bf_key(pass: &[u8], flags: u8) -> ([u8; 72], [u8; 72]) {
    // The password stops at a NUL, as a C string.
    let key = &pass[..pass.iter().position(|&b| b == 0).unwrap_or(pass.len())];
    let mut words = [0u32; 18];
    let (mut sign, mut diff) = (0u32, 0u32);
    let mut pos = 0;
    for w in &mut words {
        let (mut correct, mut buggy) = (0u32, 0u32);
        for j in 0..4 {
            let c = key.get(pos).copied().unwrap_or(0);
            correct = (correct << 8) | u32::from(c);
            buggy = (buggy << 8) | (c as i8 as i32 as u32);
            if j > 0 {
                sign |= buggy & 0x80;
            }
            pos = if pos < key.len() { pos + 1 } else { 0 };
        }
        diff |= correct ^ buggy;
        *w = if flags & 1 != 0 { buggy } else { correct };
    }
    let mut plain = [0u8; 72];
    for (i, w) in words.iter().enumerate() {
        plain[4 * i..4 * i + 4].copy_from_slice(&w.to_be_bytes());
    }
    let differs = diff != 0;
    let mut first = plain;
    if flags & 2 != 0 && sign != 0 && !differs {
        first[1] ^= 1;
    }
    (first, plain)
}

/// EksBlowfish as crypt_blowfish runs it: the 24-byte digest of "OrpheanBeholderScryDoubt".
fn eks_blowfish(pass: &[u8], salt: &[u8; 16], cost: u32, flags: u8) -> [u8; 24] {
    let (first, key) = bf_key(pass, flags);
    let mut state = blowfish::Blowfish::bc_init_state();
    state.salted_expand_key(salt, &first);
    for _ in 0..1u64 << cost {
        state.bc_expand_key(&key);
        state.bc_expand_key(salt);
    }
    let mut text = *b"OrpheanBeholderScryDoubt";
    for pair in text.chunks_mut(8) {
        let mut l = u32::from_be_bytes([pair[0], pair[1], pair[2], pair[3]]);
        let mut r = u32::from_be_bytes([pair[4], pair[5], pair[6], pair[7]]);
        for _ in 0..64 {
            (l, r) = state.bc_encrypt(l, r);
        }
        pair[..4].copy_from_slice(&l.to_be_bytes());
        pair[4..].copy_from_slice(&r.to_be_bytes());
    }
    text
}

fn crypt(vm: &mut Vm, args: &mut [Value]) -> R {
    let pass = arg_str(vm, args, 0, "crypt")?;
    let salt = arg_str(vm, args, 1, "crypt")?;
    Ok(match php_crypt(&pass, &salt) {
        Some(h) => Value::from(h),
        None if salt.starts_with(b"*0") => Value::from("*1"),
        None => Value::from("*0"),
    })
}

/// The algorithm argument: `"2y"`, `1` (the old integer constant) or null mean bcrypt.
fn algo_is_bcrypt(v: &Value) -> bool {
    match v {
        // 0 and null: PASSWORD_DEFAULT.
        Value::Null | Value::Long(0 | 1) => true,
        Value::String(s) => s.as_slice() == b"2y" || s.as_slice() == b"1",
        _ => false,
    }
}

/// The `cost` option (default 10), checked as PHP does.
fn bcrypt_cost(vm: &mut Vm, args: &[Value], i: usize) -> Result<i64, Unwind> {
    let Value::Array(opts) = get(args, i) else {
        return Ok(DEFAULT_COST);
    };
    if opts.contains_key(&ArrayKey::from_bytes(b"salt")) {
        vm.warning("password_hash(): The \"salt\" option has been ignored, since providing a custom salt is no longer supported");
    }
    let cost = opts
        .get(&ArrayKey::from_bytes(b"cost"))
        .map_or(DEFAULT_COST, Value::to_long);
    Ok(cost)
}

/// The `$algo` (string|int|null) and `$options` (array) parameters' types.
fn check_algo_options(vm: &mut Vm, args: &[Value], f: &str) -> Result<(), Unwind> {
    let algo = get(args, 1);
    if !matches!(algo, Value::Null | Value::Long(_) | Value::String(_)) {
        return Err(type_error(vm, f, 1, "string|int|null", &algo));
    }
    let options = get(args, 2);
    if has(args, 2) && !matches!(options, Value::Array(_)) {
        return Err(type_error(vm, f, 2, "array", &options));
    }
    Ok(())
}

fn password_hash(vm: &mut Vm, args: &mut [Value]) -> R {
    let pass = arg_str(vm, args, 0, "password_hash")?;
    check_algo_options(vm, args, "password_hash")?;
    if !algo_is_bcrypt(&get(args, 1)) {
        return Err(value_error(
            vm,
            "password_hash",
            1,
            "must be a valid password hashing algorithm",
        ));
    }
    let cost = bcrypt_cost(vm, args, 2)?;
    if !(4..=31).contains(&cost) {
        let msg = format!("Invalid bcrypt cost parameter specified: {cost}");
        return Err(vm.throw_error("ValueError", msg));
    }
    if pass.contains(&0) {
        let msg = "Bcrypt password must not contain null character".to_string();
        return Err(vm.throw_error("ValueError", msg));
    }
    let setup = bcrypt::BcryptSetup {
        salt: None,
        cost: Some(cost as u32),
        variant: Some(bcrypt::BcryptVariant::V2y),
    };
    match bcrypt::hash_with(setup, pass.as_slice()) {
        Ok(h) => Ok(Value::from(h)),
        Err(_) => Err(vm.throw_error("Error", "Bcrypt hashing failed".into())),
    }
}

fn password_verify(vm: &mut Vm, args: &mut [Value]) -> R {
    let pass = arg_str(vm, args, 0, "password_verify")?;
    let hash = arg_str(vm, args, 1, "password_verify")?;
    let ok = php_crypt(&pass, &hash).is_some_and(|h| constant_time_eq(h.as_bytes(), &hash));
    Ok(Value::from(ok))
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// The cost of a well-formed `$2y$` hash (60 characters), else `None`.
fn bcrypt_info(hash: &[u8]) -> Option<i64> {
    match hash {
        [b'$', b'2', b'y', b'$', d1 @ b'0'..=b'9', d2 @ b'0'..=b'9', b'$', ..]
            if hash.len() == 60 =>
        {
            Some(i64::from(d1 - b'0') * 10 + i64::from(d2 - b'0'))
        }
        _ => None,
    }
}

fn password_get_info(vm: &mut Vm, args: &mut [Value]) -> R {
    let hash = arg_str(vm, args, 0, "password_get_info")?;
    let mut info = PhpArray::new();
    let mut options = PhpArray::new();
    match bcrypt_info(&hash) {
        Some(cost) => {
            info.insert(ArrayKey::from_bytes(b"algo"), Value::from("2y"));
            info.insert(ArrayKey::from_bytes(b"algoName"), Value::from("bcrypt"));
            options.insert(ArrayKey::from_bytes(b"cost"), Value::Long(cost));
        }
        None => {
            info.insert(ArrayKey::from_bytes(b"algo"), Value::Null);
            info.insert(ArrayKey::from_bytes(b"algoName"), Value::from("unknown"));
        }
    }
    info.insert(ArrayKey::from_bytes(b"options"), Value::from(options));
    Ok(Value::from(info))
}

fn password_needs_rehash(vm: &mut Vm, args: &mut [Value]) -> R {
    let hash = arg_str(vm, args, 0, "password_needs_rehash")?;
    check_algo_options(vm, args, "password_needs_rehash")?;
    // An unknown algorithm never asks for a rehash.
    if !algo_is_bcrypt(&get(args, 1)) {
        return Ok(Value::False);
    }
    // The cost is taken as an int, unchecked (php_password_bcrypt_needs_rehash).
    let cost = match get(args, 2) {
        Value::Array(opts) => match opts.get(&ArrayKey::from_bytes(b"cost")) {
            Some(c) => c.deref().to_long(),
            None => DEFAULT_COST,
        },
        _ => DEFAULT_COST,
    };
    Ok(Value::from(bcrypt_info(&hash) != Some(cost)))
}

fn password_algos(_vm: &mut Vm, _args: &mut [Value]) -> R {
    Ok(Value::from(PhpArray::from_list(vec![Value::from("2y")])))
}

#[cfg(test)]
mod tests {
    use super::php_crypt;

    // php: crypt('rasmuslerdorf', …) for each scheme, and the failures
    #[test]
    fn crypt_like_php() {
        let cases: &[(&str, Option<&str>)] = &[
            ("rl", Some("rl.3StKT.4T8M")),
            ("_J9..rasm", Some("_J9..rasmBYk8r9AiWNc")),
            (
                "$1$rasmuslerdorfxx$",
                Some("$1$rasmusle$rISCgZzpwk3UhDidwXvin0"),
            ),
            (
                "$2x$07$usesomesillystringforsalt$",
                Some("$2x$07$usesomesillystringfore2uDLvp1Ii2e./U9C8sBjqp8I90dH6hi"),
            ),
            (
                "$5$rounds=5000$usesomesillystringforsalt$",
                Some("$5$rounds=5000$usesomesillystri$KqJWpanXZHKq2BOB43TSaYhEWsQ1Lr5QNyPCDH/Tp.6"),
            ),
            ("$2y$03$usesomesillystringforsalt$", None),
            ("$6$rounds=10$salt$", None),
            ("_J9..", None),
            ("a!", None),
            ("*0", None),
        ];
        for (salt, want) in cases {
            assert_eq!(
                php_crypt(b"rasmuslerdorf", salt.as_bytes()).as_deref(),
                *want,
                "{salt}"
            );
        }
    }
}
