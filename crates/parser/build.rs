//! Generates the LR parser from `src/grammar.lalrpop` into OUT_DIR.

fn main() {
    println!("cargo:rerun-if-changed=src/grammar.lalrpop");
    lalrpop::Configuration::new()
        .use_cargo_dir_conventions()
        .process()
        .expect("grammar.lalrpop must be a valid LR(1) grammar");
}
