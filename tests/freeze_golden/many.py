# Many names (a sorted qstr pool past ten entries) and functions that share a name,
# so their C names get the suffixes 2, 3, ...

name_00 = 0
name_01 = 1000
name_02 = 2000
name_03 = 3000
name_04 = 4000
name_05 = 5000
name_06 = 6000
name_07 = 7000
name_08 = 8000
name_09 = 9000
name_10 = 10000
name_11 = 11000
name_12 = 12000
name_13 = 13000
name_14 = 14000
name_15 = 15000
name_16 = 16000
name_17 = 17000
name_18 = 18000
name_19 = 19000
name_20 = 20000
name_21 = 21000
name_22 = 22000
name_23 = 23000
name_24 = 24000
name_25 = 25000
name_26 = 26000
name_27 = 27000
name_28 = 28000
name_29 = 29000
name_30 = 30000
name_31 = 31000
name_32 = 32000
name_33 = 33000
name_34 = 34000
name_35 = 35000
name_36 = 36000
name_37 = 37000
name_38 = 38000
name_39 = 39000
def helper(x):
    def helper(y):
        return y + 0
    return helper(x)

def helper(x):
    def helper(y):
        return y + 1
    return helper(x)

def helper(x):
    def helper(y):
        return y + 2
    return helper(x)

class helper:
    def helper(self):
        return 'helper'

values = [name_00, name_39, 'Zebra', 'apple', '_under', 'UPPER', 'a-b', 'x.y', 'sp ace']
