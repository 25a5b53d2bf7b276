//! PHP 8.2 parser: tokens to the AST, with PHP-format parse errors.

pub mod ast;
