//! `cargo run --release -p miniphp-parser --example parse_file FILE`: parses a file and
//! prints how long lexing+parsing took (a quick performance check, not a benchmark).

use std::time::Instant;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: parse_file FILE");
        std::process::exit(2);
    };
    let src = match std::fs::read(&path) {
        Ok(src) => src,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    };
    let start = Instant::now();
    let result = miniphp_parser::parse(&src, miniphp_parser::ParseOptions::default());
    let elapsed = start.elapsed();
    match result {
        Ok(file) => println!(
            "{} statements, {} bytes in {elapsed:?}",
            file.stmts.len(),
            src.len()
        ),
        Err(e) => println!("error: {e} (after {elapsed:?})"),
    }
}
