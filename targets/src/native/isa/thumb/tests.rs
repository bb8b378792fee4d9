//! Byte-exact encodings.
