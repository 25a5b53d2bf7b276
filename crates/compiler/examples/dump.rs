//! Prints the opcode listing of a PHP file, with the built-ins described in a table
//! (`f name refs params` / `k class` / `c NAME type value` lines, as exported from php).
//! Usage: cargo run -p miniphp-compiler --example dump -- INFO FILE

use miniphp_compiler::{compile, dump, CompileOptions, FunctionInfo, Val};
use std::collections::HashMap;

#[derive(Default)]
struct Info {
    funcs: HashMap<String, (Vec<u32>, Vec<String>)>,
    classes: std::collections::HashSet<String>,
    consts: HashMap<String, Val>,
}

impl FunctionInfo for Info {
    fn is_internal(&self, lc: &str) -> bool {
        self.funcs.contains_key(lc)
    }
    fn internal_arg_by_ref(&self, lc: &str, arg: u32) -> bool {
        self.funcs.get(lc).is_some_and(|f| f.0.contains(&arg))
    }
    fn internal_arg_position(&self, lc: &str, name: &str) -> Option<u32> {
        let f = self.funcs.get(lc)?;
        f.1.iter().position(|n| n == name).map(|p| p as u32 + 1)
    }
    fn is_internal_class(&self, lc: &str) -> bool {
        self.classes.contains(lc)
    }
    fn persistent_constant(&self, name: &str) -> Option<Val> {
        self.consts.get(name).cloned()
    }
}

fn hex(s: &str) -> Vec<u8> {
    (0..s.len() / 2)
        .filter_map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).ok())
        .collect()
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(info), Some(file)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: dump INFO FILE");
        std::process::exit(2);
    };
    let mut i = Info::default();
    for line in std::fs::read_to_string(info).unwrap_or_default().lines() {
        let p: Vec<&str> = line.split(' ').collect();
        match p.as_slice() {
            ["f", name, refs, params] => {
                let refs = refs.split(',').filter_map(|r| r.parse().ok()).collect();
                let params = params.split(',').map(String::from).collect();
                i.funcs.insert(name.to_string(), (refs, params));
            }
            ["k", name] => {
                i.classes.insert(name.to_string());
            }
            ["c", name, t, rest @ ..] => {
                let v = rest.first().copied().unwrap_or("");
                let val = match *t {
                    "i" => v.parse().ok().map(Val::Long),
                    "d" => hex(v)
                        .try_into()
                        .ok()
                        .map(|b: [u8; 8]| Val::Double(f64::from_le_bytes(b))),
                    "s" => Some(Val::Str(hex(v))),
                    "b" => Some(Val::Bool(v == "1")),
                    _ => Some(Val::Null),
                };
                if let Some(val) = val {
                    i.consts.insert(name.to_string(), val);
                }
            }
            _ => {}
        }
    }
    let src = std::fs::read(file).unwrap_or_default();
    let mut ast = match miniphp_parser::parse(&src, Default::default()) {
        Ok(a) => a,
        Err(e) => {
            println!("PARSE ERROR {e:?}");
            return;
        }
    };
    ast.last_line = 1 + src.iter().filter(|c| **c == b'\n').count() as u32;
    let path = std::fs::canonicalize(file)
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_else(|_| file.clone());
    match compile(
        &ast,
        &path,
        CompileOptions {
            functions: Some(&i),
        },
    ) {
        Ok(s) => print!("{}", dump(s.view())),
        Err(e) => println!(
            "PHP Fatal error:  {} in {path} on line {}",
            e.message, e.line
        ),
    }
}
