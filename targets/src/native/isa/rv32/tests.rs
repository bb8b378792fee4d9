//! Byte-exact encodings, each checked against `riscv64-unknown-elf-objdump -D -b binary
//! -m riscv:rv32 -M no-aliases` (for an instruction at address 0), and sequences of the
//! assembler checked against what mpy-cross writes.

use super::encode::*;
