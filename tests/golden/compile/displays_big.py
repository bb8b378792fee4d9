# large displays: BUILD_LIST/TUPLE/SET/MAP with counts above 127, and a deep value stack
def big_list(v):
    return [v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v,
            v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v,
            v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v,
            v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v,
            v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v]
def big_tuple(v):
    return (v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v,
            v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v,
            v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v,
            v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v,
            v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v)
def big_set(v):
    return {v + 0, v + 1, v + 2, v + 3, v + 4, v + 5, v + 6, v + 7, v + 8, v + 9, v + 10, v + 11,
            v + 12, v + 13, v + 14, v + 15, v + 16, v + 17, v + 18, v + 19, v + 20, v + 21, v + 22,
            v + 23, v + 24, v + 25, v + 26, v + 27, v + 28, v + 29, v + 30, v + 31, v + 32, v + 33}
def big_dict(v):
    return {0: v, 1: v, 2: v, 3: v, 4: v, 5: v, 6: v, 7: v, 8: v, 9: v, 10: v, 11: v, 12: v, 13: v,
            14: v, 15: v, 16: v, 17: v, 18: v, 19: v, 20: v, 21: v, 22: v, 23: v, 24: v, 25: v,
            26: v, 27: v, 28: v, 29: v, 30: v, 31: v, 32: v, 33: v, 34: v, 35: v, 36: v, 37: v}
const_tuple = (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,
               24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45,
               46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67,
               68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89,
               90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108,
               109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125,
               126, 127, 128, 129, 130)
nested_const = ((1, 2), (3, (4, 5)), ('a', b'b', 1.5, None, True, False, ...), ())
deep_stack = 1 + (2 + (3 + (4 + (5 + (6 + (7 + (8 + (9 + (10 + (11 + (12 + (13 + (14 + (15 + (16 + (17 + v)))))))))))))))) if 0 else 0
print(big_list(1), big_tuple(1), big_set(1), big_dict(1), const_tuple, nested_const, deep_stack)
