//! Parser tests: constructs, precedence, PHP's error messages, robustness.

mod render;

mod constructs;
mod differential;
mod errors;
mod precedence;

use crate::ast::{Expr, File, Stmt, StmtKind};
use crate::{ParseError, ParseOptions};

pub fn parse(src: &str) -> Result<File, ParseError> {
    crate::parse(src.as_bytes(), ParseOptions::default())
}

pub fn parse_ok(src: &str) -> File {
    match parse(src) {
        Ok(f) => f,
        Err(e) => panic!("{src:?} should parse: {e:?}"),
    }
}

/// The statements of `<?php SRC`.
pub fn stmts(src: &str) -> Vec<Stmt> {
    parse_ok(&format!("<?php {src}")).stmts
}

/// The expression of the single expression statement `<?php SRC;`.
pub fn expr_of(src: &str) -> Expr {
    let mut s = stmts(&format!("{src};"));
    assert_eq!(s.len(), 1, "{src:?}");
    match s.remove(0).kind {
        StmtKind::Expr(e) => e,
        StmtKind::Throw(e) => e,
        other => panic!("{src:?} is not an expression statement: {other:?}"),
    }
}

/// `<?php SRC;` rendered compactly.
pub fn r(src: &str) -> String {
    render::expr(&expr_of(src))
}
