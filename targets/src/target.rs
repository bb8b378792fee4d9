//! What a `.mpy` file is compiled for: native arch, word size, `.mpy` sub-version and the
//! `mp_fun_table` layout native code calls through (`mpy-format.md` 5 and 13.4).
//!
//! A [`Target`] comes from an mpy-cross `-march=` name ([`Target::from_march`]) or from a
//! target-lexicon triple ([`Target::from_triple`]); both say clearly why they fail.

use std::sync::OnceLock;

use target_lexicon::{
    Architecture, ArmArchitecture, Environment, Riscv32Architecture, Riscv64Architecture, Triple,
};

/// A native architecture, numbered as in the `.mpy` header of 1.27+.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Arch {
    /// `MP_NATIVE_ARCH_X86`: i386, cdecl, 4-byte words.
    X86,
    /// `MP_NATIVE_ARCH_X64`: x86-64, System V ABI (the unix port on a PC).
    X64,
    /// `MP_NATIVE_ARCH_ARMV6`: ARM (A32) code, for ARM11 boards.
    Armv6,
    /// `MP_NATIVE_ARCH_ARMV6M`: Thumb-1 only (Cortex-M0/M0+, the RP2040).
    Armv6m,
    /// `MP_NATIVE_ARCH_ARMV7M`: Thumb-2 (Cortex-M3).
    Armv7m,
    /// `MP_NATIVE_ARCH_ARMV7EM`: Thumb-2 with the DSP extension, no FPU (Cortex-M4).
    Armv7em,
    /// `MP_NATIVE_ARCH_ARMV7EMSP`: as [`Arch::Armv7em`] with a single-precision FPU
    /// (Cortex-M4F, most STM32 boards).
    Armv7emsp,
    /// `MP_NATIVE_ARCH_ARMV7EMDP`: as [`Arch::Armv7em`] with a double-precision FPU
    /// (Cortex-M7).
    Armv7emdp,
    /// `MP_NATIVE_ARCH_XTENSA`: Xtensa, call0 ABI (ESP8266).
    Xtensa,
    /// `MP_NATIVE_ARCH_XTENSAWIN`: Xtensa, windowed ABI (ESP32, ESP32-S2/S3).
    Xtensawin,
    /// `MP_NATIVE_ARCH_RV32IMC`: 32-bit RISC-V (ESP32-C3, RP2350's Hazard3); `.mpy` 6.3
    /// (MicroPython 1.24) and later only.
    Rv32imc,
    /// `MP_NATIVE_ARCH_RV64IMC`: 64-bit RISC-V, a header value only: mpy-cross accepts
    /// the name but has no emitter for it; `.mpy` 6.3 and later only.
    Rv64imc,
    /// mpy-cross's text-listing pseudo target (12 in 1.24–1.26, 13 from 1.27).
    Debug,
}

impl Arch {
    /// Every arch, in header-number order.
    pub const ALL: [Arch; 13] = [
        Arch::X86,
        Arch::X64,
        Arch::Armv6,
        Arch::Armv6m,
        Arch::Armv7m,
        Arch::Armv7em,
        Arch::Armv7emsp,
        Arch::Armv7emdp,
        Arch::Xtensa,
        Arch::Xtensawin,
        Arch::Rv32imc,
        Arch::Rv64imc,
        Arch::Debug,
    ];

    /// The `-march=` name.
    pub fn march_name(self) -> &'static str {
        match self {
            Arch::X86 => "x86",
            Arch::X64 => "x64",
            Arch::Armv6 => "armv6",
            Arch::Armv6m => "armv6m",
            Arch::Armv7m => "armv7m",
            Arch::Armv7em => "armv7em",
            Arch::Armv7emsp => "armv7emsp",
            Arch::Armv7emdp => "armv7emdp",
            Arch::Xtensa => "xtensa",
            Arch::Xtensawin => "xtensawin",
            Arch::Rv32imc => "rv32imc",
            Arch::Rv64imc => "rv64imc",
            Arch::Debug => "debug",
        }
    }

    /// The arch number in the header of a 1.27+ file.
    pub fn number(self) -> u8 {
        match self {
            Arch::Debug => 13,
            other => Arch::ALL
                .iter()
                .position(|a| *a == other)
                .map_or(0, |i| i as u8 + 1),
        }
    }

    /// Bytes in a machine word (pointer size); `None` for the debug pseudo target.
    pub fn word_size(self) -> Option<u8> {
        match self {
            Arch::X64 | Arch::Rv64imc => Some(8),
            Arch::Debug => None,
            _ => Some(4),
        }
    }

    /// The arch with `-march=` name `name`.
    pub fn from_march(name: &str) -> Option<Arch> {
        Arch::ALL.into_iter().find(|a| a.march_name() == name)
    }
}

/// A `.mpy` format flavour: which native ABI the file is written for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MpyVersion {
    /// v1.19.x (6.0).
    V6_0,
    /// v1.20–v1.21 (6.1).
    V6_1,
    /// v1.22.x (6.2).
    V6_2,
    /// v1.23 and later (6.3).
    V6_3,
}

impl MpyVersion {
    /// The sub-version number stored in the feature byte of native files.
    pub fn sub_version(self) -> u8 {
        self as u8
    }

    /// Parse `6.0` … `6.3` (also `6` for 6.0).
    pub fn parse(s: &str) -> Option<MpyVersion> {
        Some(match s {
            "6" | "6.0" => MpyVersion::V6_0,
            "6.1" => MpyVersion::V6_1,
            "6.2" => MpyVersion::V6_2,
            "6.3" => MpyVersion::V6_3,
            _ => return None,
        })
    }
}

/// One slot of `mp_fun_table`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FunTableEntry {
    /// The slot number: native code loads `mp_fun_table[index]`, so slots never move
    /// within a sub-version.
    pub index: usize,
    /// Member name in `mp_fun_table_t` (`binary_op`).
    pub member: String,
    /// The emitter's `MP_F_*` name, for slots mpy-cross's native emitter calls.
    pub mp_f_name: Option<String>,
}

/// The `mp_fun_table` layout of one sub-version.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FunTable {
    /// The sub-version the layout belongs to; slots were appended or reordered at each.
    pub version: MpyVersion,
    /// Every slot, in slot order (`entries[i].index == i`).
    pub entries: Vec<FunTableEntry>,
}

impl FunTable {
    /// The layout for `version` (6.0 and 6.1 are identical).
    pub fn get(version: MpyVersion) -> &'static FunTable {
        static TABLES: OnceLock<Vec<FunTable>> = OnceLock::new();
        let tables = TABLES.get_or_init(|| {
            [
                (MpyVersion::V6_0, include_str!("../data/fun_table_6_0.json")),
                (MpyVersion::V6_1, include_str!("../data/fun_table_6_1.json")),
                (MpyVersion::V6_2, include_str!("../data/fun_table_6_2.json")),
                (MpyVersion::V6_3, include_str!("../data/fun_table_6_3.json")),
            ]
            .into_iter()
            .map(|(version, json)| parse_fun_table(version, json))
            .collect()
        });
        &tables[version as usize]
    }

    /// The slot of member `member`.
    pub fn index_of(&self, member: &str) -> Option<usize> {
        self.entries.iter().position(|e| e.member == member)
    }
}

fn parse_fun_table(version: MpyVersion, json: &str) -> FunTable {
    let doc: serde_json::Value =
        serde_json::from_str(json).expect("embedded fun_table data is valid JSON");
    let entries = doc["entries"]
        .as_array()
        .expect("embedded fun_table data has entries")
        .iter()
        .enumerate()
        .map(|(index, e)| FunTableEntry {
            index,
            member: e["member"].as_str().unwrap_or_default().to_string(),
            mp_f_name: e["mp_f_enum"].as_str().map(str::to_string),
        })
        .collect();
    FunTable { version, entries }
}

/// Why no target could be made.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum TargetError {
    /// Not an mpy-cross `-march=` name.
    UnknownMarch(String),
    /// A triple whose architecture MicroPython has no native emitter or loader for.
    UnsupportedArchitecture(String),
    /// The arch does not exist in the chosen `.mpy` version.
    ArchTooNew {
        /// The `-march=` name asked for.
        arch: &'static str,
        /// The first `.mpy` version that has the arch (`"6.3"`).
        needs: &'static str,
        /// The version that was asked for.
        version: MpyVersion,
    },
}

impl std::fmt::Display for TargetError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TargetError::UnknownMarch(name) => write!(
                f,
                "unknown -march={name}; valid: x86, x64, armv6, armv6m, armv7m, armv7em, \
                 armv7emsp, armv7emdp, xtensa, xtensawin, rv32imc, rv64imc, debug"
            ),
            TargetError::UnsupportedArchitecture(arch) => {
                write!(f, "MicroPython has no native code support for {arch}")
            }
            TargetError::ArchTooNew {
                arch,
                needs,
                version,
            } => write!(
                f,
                "{arch} native code needs .mpy {needs} or later (MicroPython 1.24+), not {version:?}"
            ),
        }
    }
}

impl std::error::Error for TargetError {}

/// A compilation target.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Target {
    /// The native arch, or `None` for bytecode only.
    pub arch: Option<Arch>,
    /// The `.mpy` flavour.
    pub version: MpyVersion,
}

impl Target {
    /// Bytecode only, for `version`.
    pub fn bytecode(version: MpyVersion) -> Target {
        Target {
            arch: None,
            version,
        }
    }

    /// From an mpy-cross `-march=` name, as `mpy-cross -march=NAME` takes it.
    ///
    /// Fails with [`TargetError::UnknownMarch`] for a name mpy-cross does not know, and with
    /// [`TargetError::ArchTooNew`] for an arch the `.mpy` version predates (RISC-V and
    /// `debug` need 6.3).
    ///
    /// ```
    /// use mpy_targets::{Arch, MpyVersion, Target, TargetError};
    ///
    /// let t = Target::from_march("armv7emsp", MpyVersion::V6_3)?;
    /// assert_eq!(t.arch, Some(Arch::Armv7emsp));
    /// assert_eq!(t.header_arch(), 7);
    /// assert_eq!(t.word_size(), 4);
    ///
    /// assert!(matches!(
    ///     Target::from_march("rv32imc", MpyVersion::V6_2),
    ///     Err(TargetError::ArchTooNew { .. })
    /// ));
    /// assert!(Target::from_march("z80", MpyVersion::V6_3).is_err());
    /// # Ok::<(), TargetError>(())
    /// ```
    pub fn from_march(name: &str, version: MpyVersion) -> Result<Target, TargetError> {
        let arch =
            Arch::from_march(name).ok_or_else(|| TargetError::UnknownMarch(name.to_string()))?;
        Target::new(arch, version)
    }

    /// From a target-lexicon triple: x86_64 → x64, i686 → x86, thumbv6m → armv6m,
    /// thumbv7m → armv7m, thumbv7em → armv7em (`eabihf`: armv7emsp), armv6 → armv6,
    /// xtensa → xtensawin, riscv32imc → rv32imc, riscv64 → rv64imc.
    ///
    /// Other architectures are [`TargetError::UnsupportedArchitecture`]: MicroPython can
    /// neither emit nor load native code for them.
    ///
    /// ```
    /// use std::str::FromStr;
    /// use mpy_targets::{Arch, MpyVersion, Target};
    /// use target_lexicon::Triple;
    ///
    /// let triple = Triple::from_str("thumbv7em-none-eabihf").expect("a known triple");
    /// let t = Target::from_triple(&triple, MpyVersion::V6_3)?;
    /// assert_eq!(t.arch, Some(Arch::Armv7emsp)); // hard float: single-precision FPU
    ///
    /// let aarch64 = Triple::from_str("aarch64-unknown-linux-gnu").expect("a known triple");
    /// assert!(Target::from_triple(&aarch64, MpyVersion::V6_3).is_err());
    /// # Ok::<(), mpy_targets::TargetError>(())
    /// ```
    pub fn from_triple(triple: &Triple, version: MpyVersion) -> Result<Target, TargetError> {
        let hard_float = triple.environment == Environment::Eabihf;
        let arch = match triple.architecture {
            Architecture::X86_64 => Arch::X64,
            Architecture::X86_32(_) => Arch::X86,
            Architecture::Arm(ArmArchitecture::Thumbv6m) => Arch::Armv6m,
            Architecture::Arm(ArmArchitecture::Thumbv7m) => Arch::Armv7m,
            Architecture::Arm(ArmArchitecture::Thumbv7em) if hard_float => Arch::Armv7emsp,
            Architecture::Arm(ArmArchitecture::Thumbv7em) => Arch::Armv7em,
            Architecture::Arm(ArmArchitecture::Armv6) => Arch::Armv6,
            Architecture::XTensa => Arch::Xtensawin,
            Architecture::Riscv32(
                Riscv32Architecture::Riscv32imc | Riscv32Architecture::Riscv32imac,
            ) => Arch::Rv32imc,
            Architecture::Riscv64(
                Riscv64Architecture::Riscv64
                | Riscv64Architecture::Riscv64gc
                | Riscv64Architecture::Riscv64imac,
            ) => Arch::Rv64imc,
            other => return Err(TargetError::UnsupportedArchitecture(other.to_string())),
        };
        Target::new(arch, version)
    }

    fn new(arch: Arch, version: MpyVersion) -> Result<Target, TargetError> {
        if matches!(arch, Arch::Rv32imc | Arch::Rv64imc | Arch::Debug) && version < MpyVersion::V6_3
        {
            return Err(TargetError::ArchTooNew {
                arch: arch.march_name(),
                needs: "6.3",
                version,
            });
        }
        Ok(Target {
            arch: Some(arch),
            version,
        })
    }

    /// Bytes in a machine word (8 for bytecode only, as a 64-bit host would use).
    pub fn word_size(&self) -> u8 {
        self.arch.and_then(Arch::word_size).unwrap_or(8)
    }

    /// The `mp_fun_table` layout native code for this target calls through.
    pub fn fun_table(&self) -> &'static FunTable {
        FunTable::get(self.version)
    }

    /// The header arch number for files containing native code.
    pub fn header_arch(&self) -> u8 {
        self.arch.map_or(0, Arch::number)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    #[test]
    fn march_names_and_numbers() {
        let t = Target::from_march("armv7m", MpyVersion::V6_3).unwrap();
        assert_eq!(t.header_arch(), 5);
        assert_eq!(t.word_size(), 4);
        assert_eq!(
            Target::from_march("x64", MpyVersion::V6_3)
                .unwrap()
                .header_arch(),
            2
        );
        assert_eq!(Arch::Rv32imc.number(), 11);
        assert_eq!(Arch::Debug.number(), 13);
        assert!(matches!(
            Target::from_march("z80", MpyVersion::V6_3),
            Err(TargetError::UnknownMarch(_))
        ));
        assert!(matches!(
            Target::from_march("rv32imc", MpyVersion::V6_2),
            Err(TargetError::ArchTooNew { .. })
        ));
    }

    #[test]
    fn triples() {
        let cases = [
            ("x86_64-unknown-linux-gnu", Arch::X64),
            ("i686-unknown-linux-gnu", Arch::X86),
            ("thumbv6m-none-eabi", Arch::Armv6m),
            ("thumbv7m-none-eabi", Arch::Armv7m),
            ("thumbv7em-none-eabi", Arch::Armv7em),
            ("thumbv7em-none-eabihf", Arch::Armv7emsp),
            ("riscv32imc-unknown-none-elf", Arch::Rv32imc),
            ("xtensa-esp32-none-elf", Arch::Xtensawin),
        ];
        for (triple, arch) in cases {
            let t =
                Target::from_triple(&Triple::from_str(triple).unwrap(), MpyVersion::V6_3).unwrap();
            assert_eq!(t.arch, Some(arch), "{triple}");
        }
        let err = Target::from_triple(
            &Triple::from_str("aarch64-unknown-linux-gnu").unwrap(),
            MpyVersion::V6_3,
        );
        assert!(matches!(err, Err(TargetError::UnsupportedArchitecture(_))));
    }

    #[test]
    fn fun_tables() {
        assert_eq!(FunTable::get(MpyVersion::V6_3).entries.len(), 87);
        assert_eq!(FunTable::get(MpyVersion::V6_0).entries.len(), 80);
        let t = FunTable::get(MpyVersion::V6_3);
        assert_eq!(t.index_of("binary_op"), Some(18));
        assert_eq!(t.entries[78].member, "type_fun_builtin_1");
    }
}
