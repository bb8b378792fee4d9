//! The header checks MicroPython runtimes apply when they load a file, with their exact
//! messages (`mpy-format.md` 4.3, 5.2), and which runtimes can load a given file.

use crate::model::Header;

/// A family of runtimes whose loaders check the header the same way.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Runtime {
    /// v1.19.x (and the seed snapshot): sub-version bits must be zero.
    V1_19,
    /// v1.20.0 – v1.21.0: native sub-version 1.
    V1_20,
    /// v1.22.x: native sub-version 2.
    V1_22,
    /// v1.23.0 – v1.26.x: native sub-version 3.
    V1_23,
    /// v1.27.0 and later: sub-version 3, arch-flags bit, masked arch field.
    V1_27,
}

impl Runtime {
    /// Every family, oldest first.
    pub const ALL: [Runtime; 5] = [
        Runtime::V1_19,
        Runtime::V1_20,
        Runtime::V1_22,
        Runtime::V1_23,
        Runtime::V1_27,
    ];

    /// The releases the family covers.
    pub fn name(self) -> &'static str {
        match self {
            Runtime::V1_19 => "1.19",
            Runtime::V1_20 => "1.20-1.21",
            Runtime::V1_22 => "1.22",
            Runtime::V1_23 => "1.23-1.26",
            Runtime::V1_27 => "1.27+",
        }
    }

    /// Parse `1.19`, `1.20`, `1.21`, ... `1.29` (or a family name) into its family.
    pub fn parse(s: &str) -> Option<Runtime> {
        let minor: u32 = s
            .strip_prefix("1.")?
            .split(['.', '-', '+'])
            .next()?
            .parse()
            .ok()?;
        Some(match minor {
            19 => Runtime::V1_19,
            20 | 21 => Runtime::V1_20,
            22 => Runtime::V1_22,
            23..=26 => Runtime::V1_23,
            27.. => Runtime::V1_27,
            _ => return None,
        })
    }

    /// The native sub-version this runtime requires (0 for v1.19.x).
    pub fn sub_version(self) -> u8 {
        match self {
            Runtime::V1_19 => 0,
            Runtime::V1_20 => 1,
            Runtime::V1_22 => 2,
            Runtime::V1_23 | Runtime::V1_27 => 3,
        }
    }
}

/// A concrete runtime build: its loader family, its native arch and its small-int width.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct RuntimeCheck {
    /// Which header checks apply, and their messages.
    pub runtime: Runtime,
    /// The build's native arch number; `None` if it cannot run native code.
    pub arch: Option<u8>,
    /// Bits in the build's small ints (31 on 32-bit ports, 63 on 64-bit ones).
    pub small_int_bits: u8,
    /// RV32 builds of 1.27+: the supported arch-flags extension mask.
    pub rv32_extensions: Option<u64>,
}

const ARMV6M: u8 = 4;
const ARMV7EMDP: u8 = 8;

impl RuntimeCheck {
    /// A unix x86-64 build (arch 2, 63-bit small ints), like the harness's runtime.
    pub fn unix_x64(runtime: Runtime) -> RuntimeCheck {
        RuntimeCheck {
            runtime,
            arch: Some(2),
            small_int_bits: 63,
            rv32_extensions: None,
        }
    }

    fn accepts_arch(&self, arch: u8) -> bool {
        match self.arch {
            None => false,
            Some(host @ ARMV6M..=ARMV7EMDP) => (ARMV6M..=host).contains(&arch),
            Some(host) => host == arch,
        }
    }

    /// Apply the header checks; `Err` carries MicroPython's message.
    pub fn check_header(&self, feature: u8, small_int_bits: u8) -> Result<(), &'static str> {
        const FILE: &str = "incompatible .mpy file";
        const ARCH: &str = "incompatible .mpy arch";
        const UNSUPPORTED: &str = "native code in .mpy unsupported";
        let sub = feature & 3;
        match self.runtime {
            Runtime::V1_19 => {
                if sub != 0 || small_int_bits > self.small_int_bits {
                    return Err(FILE);
                }
                let arch = feature >> 2;
                if arch != 0 && !self.accepts_arch(arch) {
                    return Err(ARCH);
                }
            }
            Runtime::V1_20 | Runtime::V1_22 | Runtime::V1_23 | Runtime::V1_27 => {
                let arch = if self.runtime == Runtime::V1_27 {
                    (feature >> 2) & 0x2f
                } else {
                    feature >> 2
                };
                if (arch != 0 && sub != self.runtime.sub_version())
                    || small_int_bits > self.small_int_bits
                {
                    return Err(FILE);
                }
                if arch != 0 && !self.accepts_arch(arch) {
                    return Err(if self.arch.is_none() {
                        UNSUPPORTED
                    } else {
                        ARCH
                    });
                }
                if self.runtime == Runtime::V1_27
                    && feature & 0x40 != 0
                    && self.rv32_extensions.is_none()
                {
                    return Err(FILE);
                }
            }
        }
        Ok(())
    }
}

/// Which runtime families can load a file with this header, judging by the header alone,
/// for a build of the file's own arch (or any build, for bytecode-only files) with enough
/// small-int bits.
pub fn loadable_by(header: &Header) -> Vec<Runtime> {
    let arch = header.arch();
    Runtime::ALL
        .into_iter()
        .filter(|&runtime| {
            let check = RuntimeCheck {
                runtime,
                arch: if arch == 0 { None } else { Some(arch) },
                small_int_bits: 63,
                rv32_extensions: if arch == 11 { header.arch_flags } else { None },
            };
            check
                .check_header(header.feature, header.small_int_bits)
                .is_ok()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(runtime: Runtime, feature: u8, bits: u8) -> Result<(), &'static str> {
        RuntimeCheck::unix_x64(runtime).check_header(feature, bits)
    }

    #[test]
    fn measured_behaviour_of_real_runtimes() {
        // 1.29-preview unix x64 (spec 4.3).
        assert_eq!(check(Runtime::V1_27, 0x00, 31), Ok(()));
        assert_eq!(check(Runtime::V1_27, 0x01, 31), Ok(()));
        assert_eq!(
            check(Runtime::V1_27, 0x80, 31),
            Err("incompatible .mpy file")
        );
        assert_eq!(
            check(Runtime::V1_27, 0x83, 31),
            Err("incompatible .mpy arch")
        );
        assert_eq!(
            check(Runtime::V1_27, 0x40, 31),
            Err("incompatible .mpy file")
        );
        assert_eq!(check(Runtime::V1_27, 0x00, 63), Ok(()));
        assert_eq!(
            check(Runtime::V1_27, 0x00, 64),
            Err("incompatible .mpy file")
        );
        assert_eq!(
            check(Runtime::V1_27, 0x08, 31),
            Err("incompatible .mpy file")
        );
        assert_eq!(check(Runtime::V1_27, 0x0b, 31), Ok(()));
        assert_eq!(
            check(Runtime::V1_27, 0x07, 31),
            Err("incompatible .mpy arch")
        );
        // v1.19.1 unix x64.
        assert_eq!(
            check(Runtime::V1_19, 0x01, 31),
            Err("incompatible .mpy file")
        );
        assert_eq!(
            check(Runtime::V1_19, 0x40, 31),
            Err("incompatible .mpy arch")
        );
        assert_eq!(check(Runtime::V1_19, 0x08, 31), Ok(()));
    }

    #[test]
    fn loadability_by_header() {
        let bc = Header::bytecode();
        assert_eq!(loadable_by(&bc), Runtime::ALL.to_vec());
        let x64_63 = Header::new(2, 3, 31, None).expect("in range");
        assert_eq!(loadable_by(&x64_63), vec![Runtime::V1_23, Runtime::V1_27]);
        let x64_60 = Header::new(2, 0, 31, None).expect("in range");
        assert_eq!(loadable_by(&x64_60), vec![Runtime::V1_19]);
        assert_eq!(Runtime::parse("1.21"), Some(Runtime::V1_20));
        assert_eq!(Runtime::parse("1.29"), Some(Runtime::V1_27));
    }
}
