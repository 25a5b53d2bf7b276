//! PHP arrays: ordered maps with a packed fast path for lists.
