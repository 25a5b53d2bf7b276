//! Arithmetic, bitwise, concatenation and increment operators with PHP 8's
//! conversions, warnings and TypeErrors.
