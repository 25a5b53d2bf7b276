//! FastCGI 1.0: records, name-value pairs, the server side of a connection, and a
//! client for tests.

pub mod client;
pub mod conn;
pub mod params;
pub mod record;
