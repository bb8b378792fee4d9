//! The `mp_fun_table` slots native code calls (`mp_fun_kind_t`). Slots 0..=49 have the same
//! order in every v6 sub-version (`data/fun_table_6_*.json`).

/// One runtime helper, numbered by its `mp_fun_table` slot.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u32)]
pub enum Helper {
    ConstNoneObj = 0,
    ConstFalseObj = 1,
    ConstTrueObj = 2,
    ConvertObjToNative = 3,
    ConvertNativeToObj = 4,
    NativeSwapGlobals = 5,
    LoadName = 6,
    LoadGlobal = 7,
    LoadBuildClass = 8,
    LoadAttr = 9,
    LoadMethod = 10,
    LoadSuperMethod = 11,
    StoreName = 12,
    StoreGlobal = 13,
    StoreAttr = 14,
    ObjSubscr = 15,
    ObjIsTrue = 16,
    UnaryOp = 17,
    BinaryOp = 18,
    BuildTuple = 19,
    BuildList = 20,
    BuildMap = 21,
    BuildSet = 22,
    StoreSet = 23,
    ListAppend = 24,
    StoreMap = 25,
    MakeFunctionFromProtoFun = 26,
    NativeCallFunctionNKw = 27,
    CallMethodNKw = 28,
    CallMethodNKwVar = 29,
    NativeGetiter = 30,
    NativeIternext = 31,
    NlrPush = 32,
    NlrPop = 33,
    NativeRaise = 34,
    ImportName = 35,
    ImportFrom = 36,
    ImportAll = 37,
    NewSlice = 38,
    UnpackSequence = 39,
    UnpackEx = 40,
    DeleteName = 41,
    DeleteGlobal = 42,
    NewClosure = 43,
    ArgCheckNumSig = 44,
    SetupCodeState = 45,
    SmallIntFloorDivide = 46,
    SmallIntModulo = 47,
    NativeYieldFrom = 48,
    Setjmp = 49,
}

impl Helper {
    /// The slot index.
    pub fn index(self) -> u32 {
        self as u32
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::target::{FunTable, MpyVersion};

    #[test]
    fn slots_match_the_fun_table_data() {
        for v in [
            MpyVersion::V6_0,
            MpyVersion::V6_1,
            MpyVersion::V6_2,
            MpyVersion::V6_3,
        ] {
            let t = FunTable::get(v);
            let name = |h: Helper| t.entries[h.index() as usize].mp_f_name.clone();
            assert_eq!(name(Helper::BinaryOp).as_deref(), Some("MP_F_BINARY_OP"));
            assert_eq!(
                name(Helper::SetupCodeState).as_deref(),
                Some("MP_F_SETUP_CODE_STATE")
            );
            assert_eq!(name(Helper::Setjmp).as_deref(), Some("MP_F_SETJMP"));
            assert_eq!(name(Helper::NlrPush).as_deref(), Some("MP_F_NLR_PUSH"));
        }
    }
}
