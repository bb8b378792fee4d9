//! Viper's native types, as MicroPython numbers them (`MP_NATIVE_TYPE_*`), so parameter
//! annotations and casts are typed values instead of magic numbers.

/// A viper value type: what an annotation names and what a cast converts to.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum ViperType {
    /// `object`: a Python object (also an unannotated parameter).
    #[default]
    Object = 0,
    /// `bool`.
    Bool = 1,
    /// `int`: a machine word, signed.
    Int = 2,
    /// `uint`: a machine word, unsigned (shifts, comparisons and division differ).
    Uint = 3,
    /// `ptr`: a pointer to machine words.
    Ptr = 4,
    /// `ptr8`: a pointer to bytes.
    Ptr8 = 5,
    /// `ptr16`: a pointer to 16-bit halfwords.
    Ptr16 = 6,
    /// `ptr32`: a pointer to 32-bit words.
    Ptr32 = 7,
}

impl ViperType {
    /// Every type, in number order.
    pub const ALL: [ViperType; 8] = [
        ViperType::Object,
        ViperType::Bool,
        ViperType::Int,
        ViperType::Uint,
        ViperType::Ptr,
        ViperType::Ptr8,
        ViperType::Ptr16,
        ViperType::Ptr32,
    ];

    /// The `MP_NATIVE_TYPE_*` number.
    pub const fn code(self) -> u8 {
        self as u8
    }

    /// The type numbered `code`, if any.
    pub fn from_code(code: u8) -> Option<ViperType> {
        ViperType::ALL.get(usize::from(code)).copied()
    }

    /// The name viper code writes (`int`, `ptr8`, ...).
    pub const fn name(self) -> &'static str {
        match self {
            ViperType::Object => "object",
            ViperType::Bool => "bool",
            ViperType::Int => "int",
            ViperType::Uint => "uint",
            ViperType::Ptr => "ptr",
            ViperType::Ptr8 => "ptr8",
            ViperType::Ptr16 => "ptr16",
            ViperType::Ptr32 => "ptr32",
        }
    }

    /// The type a global name casts to in viper code: every type name but `object`
    /// (which stays a global lookup, as in mpy-cross).
    ///
    /// ```
    /// use mpy_ir::func::ViperType;
    ///
    /// assert_eq!(ViperType::cast_named(b"ptr8"), Some(ViperType::Ptr8));
    /// assert_eq!(ViperType::cast_named(b"uint"), Some(ViperType::Uint));
    /// assert_eq!(ViperType::cast_named(b"object"), None);
    /// assert_eq!(ViperType::cast_named(b"len"), None);
    /// ```
    pub fn cast_named(name: &[u8]) -> Option<ViperType> {
        ViperType::ALL[1..]
            .iter()
            .copied()
            .find(|t| t.name().as_bytes() == name)
    }
}
