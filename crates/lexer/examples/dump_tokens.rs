//! Prints `dump_tokens` for files: `cargo run -p miniphp-lexer --example dump_tokens -- [short] [parse] FILES`.
//! Each file's output follows a `=== PATH` line. With `parse`, prints the
//! parser-mode tokens and the first lex error instead.

use miniphp_lexer::{lex, LexOptions, Mode};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let opts = LexOptions {
        short_open_tag: args.iter().any(|a| a == "short"),
    };
    let parse = args.iter().any(|a| a == "parse");
    for path in args.iter().filter(|a| *a != "short" && *a != "parse") {
        println!("=== {path}");
        let src = match std::fs::read(path) {
            Ok(src) => src,
            Err(e) => {
                eprintln!("{path}: {e}");
                continue;
            }
        };
        if parse {
            let lexed = lex(&src, opts, Mode::Parser);
            for t in &lexed.tokens {
                println!("{}: {}", t.span.line, t.kind.php_name());
            }
            for w in &lexed.warnings {
                println!("Warning: {} line {}", w.message, w.line);
            }
            if let Some(e) = lexed.error {
                println!("ParseError: {} line {}", e.message, e.line);
            }
        } else {
            print!("{}", miniphp_lexer::dump_tokens(&src, opts));
        }
    }
}
