# Floats beyond float32's range: mpy-tool 1.28 raises OverflowError on them.
HUGE = 1e100
TINY = -1e-50
NEG_HUGE = -3.5e300
print(HUGE, TINY, NEG_HUGE)
