//! The MicroPython `.mpy` v6 container format.
