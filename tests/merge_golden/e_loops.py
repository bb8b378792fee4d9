# Thirty names, then short loops: merged after b_many.py every name's index takes two
# bytes, so on mpy-tool's first layout pass each loop's forward jump points behind
# itself (a transient overflow only the final pass must not have).
var_00 = 0
var_01 = 1
var_02 = 2
var_03 = 3
var_04 = 4
var_05 = 5
var_06 = 6
var_07 = 7
var_08 = 8
var_09 = 9
var_10 = 10
var_11 = 11
var_12 = 12
var_13 = 13
var_14 = 14
var_15 = 15
var_16 = 16
var_17 = 17
var_18 = 18
var_19 = 19
var_20 = 20
var_21 = 21
var_22 = 22
var_23 = 23
var_24 = 24
var_25 = 25
var_26 = 26
var_27 = 27
var_28 = 28
var_29 = 29
acc = []
for n in (var_00, var_01, var_02):
    acc.append(n)
while len(acc) < 5:
    try:
        acc.append(var_29)
    except ValueError:
        pass
print('loops', acc, var_15)
