//! miniphp-fpm: a FastCGI process manager in the manner of php-fpm (DESIGN.md, "The
//! process manager"). A single-threaded master creates the listen socket and the
//! opcache segment, forks single-threaded workers that accept on the shared socket
//! and serve one request at a time through a miniphp VM.

pub mod config;
pub mod fcgi;
pub mod ini;
pub mod listen;
pub mod log;
pub mod master;
pub mod memory;
pub mod response;
pub mod scoreboard;
pub mod status;
pub mod worker;
