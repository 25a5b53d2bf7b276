//! Run a PHP file through the VM alone (for timing): `cargo run --release -p miniphp-vm --example run -- file.php`.

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first().cloned() else {
        eprintln!("usage: run FILE.php [ARGS...]");
        std::process::exit(64);
    };
    let status = miniphp_vm::run_file(
        &path,
        args,
        miniphp_vm::IniOverrides::default(),
        Box::new(std::io::stdout()),
        Box::new(std::io::stderr()),
    );
    std::process::exit(status & 0xff);
}
