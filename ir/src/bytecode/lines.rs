//! The line-number table of a bytecode prelude (`mpy-format.md` 11.3).

/// Append one (bytes, lines) step the way mpy-cross encodes it, splitting as needed.
pub fn encode_step(out: &mut Vec<u8>, mut bytes: u64, mut lines: u64) {
    while bytes > 0 || lines > 0 {
        let (b, l);
        if lines <= 6 || bytes > 0xf {
            b = bytes.min(0x1f);
            l = if b < bytes { 0 } else { lines.min(3) };
            out.push((b | (l << 5)) as u8);
        } else {
            b = bytes.min(0xf);
            l = lines.min(0x7ff);
            out.push((0x80 | b | ((l >> 4) & 0x70)) as u8);
            out.push((l & 0xff) as u8);
        }
        bytes -= b;
        lines -= l;
    }
}

/// Decode a line table into (bytecode offset, line) pairs, starting from (0, 1).
/// A truncated two-byte step at the end is ignored, as the runtime would.
pub fn decode(table: &[u8]) -> Vec<(u64, u64)> {
    let mut out = Vec::new();
    let (mut offset, mut line) = (0u64, 1u64);
    let mut i = 0;
    while i < table.len() {
        let b0 = table[i];
        if b0 & 0x80 == 0 {
            offset += u64::from(b0 & 0x1f);
            line += u64::from((b0 >> 5) & 3);
            i += 1;
        } else {
            let Some(&b1) = table.get(i + 1) else { break };
            offset += u64::from(b0 & 0x0f);
            line += u64::from((b0 >> 4) & 7) << 8 | u64::from(b1);
            i += 2;
        }
        out.push((offset, line));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn examples_from_the_spec() {
        let mut out = Vec::new();
        encode_step(&mut out, 4, 3);
        assert_eq!(out, [0x64]);
        out.clear();
        encode_step(&mut out, 0, 18);
        assert_eq!(out, [0x80, 0x12]);
        assert_eq!(decode(&[0x64]), vec![(4, 4)]);
        assert_eq!(decode(&[0x80, 0x12]), vec![(0, 19)]);
    }

    #[test]
    fn long_steps_round_trip() {
        for (bytes, lines) in [(100u64, 1u64), (3, 5000), (40, 40), (0, 7), (16, 7)] {
            let mut out = Vec::new();
            encode_step(&mut out, bytes, lines);
            let last = *decode(&out).last().unwrap();
            assert_eq!(last, (bytes, lines + 1));
        }
    }
}
