//! `setcookie()` / `setrawcookie()`: the `Set-Cookie` line and PHP's validation.
