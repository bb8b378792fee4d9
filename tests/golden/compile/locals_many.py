# more than 16 locals: LOAD_FAST_N / STORE_FAST_N and high cell slots
def many(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19):
    l0 = a0 + a19
    l1 = a1 + l0
    l2 = a2 + l1
    l3 = a3 + l2
    l4 = a4 + l3
    l5 = a5 + l4
    l6 = a6 + l5
    l7 = a7 + l6
    l8 = a8 + l7
    l9 = a9 + l8
    l10 = a10 + l9
    l11 = a11 + l10
    l12 = a12 + l11
    l13 = a13 + l12
    l14 = a14 + l13
    l15 = a15 + l14
    l16 = a16 + l15
    l17 = a17 + l16
    l18 = a18 + l17
    del l18
    l18 = l17
    for l19 in range(3):
        l16 += l19
    try:
        pass
    except Exception as l20:
        pass
    with open('x') if 0 else None or l17 as l21:
        pass
    return [l0, l1, l2, l3, l4, l5, l6, l7, l8, l9, l10, l11, l12, l13, l14, l15, l16, l17, l18, l19, a17, a18]
def high_cells(b0, b1, b2, b3, b4, b5, b6, b7, b8, b9, b10, b11, b12, b13, b14, b15, b16, b17):
    c0 = c1 = c2 = c3 = c4 = c5 = c6 = c7 = c8 = c9 = c10 = c11 = c12 = c13 = c14 = c15 = c16 = 0
    def inner():
        nonlocal c16
        c16 += b17
        return c16 + c15 + b16
    del c0
    return inner
def many_locals_200():
    v000 = v001 = v002 = v003 = v004 = v005 = v006 = v007 = v008 = v009 = 0
    v010 = v011 = v012 = v013 = v014 = v015 = v016 = v017 = v018 = v019 = 1
    v020 = v021 = v022 = v023 = v024 = v025 = v026 = v027 = v028 = v029 = 2
    v030 = v031 = v032 = v033 = v034 = v035 = v036 = v037 = v038 = v039 = 3
    v040 = v041 = v042 = v043 = v044 = v045 = v046 = v047 = v048 = v049 = 4
    v050 = v051 = v052 = v053 = v054 = v055 = v056 = v057 = v058 = v059 = 5
    v060 = v061 = v062 = v063 = v064 = v065 = v066 = v067 = v068 = v069 = 6
    v070 = v071 = v072 = v073 = v074 = v075 = v076 = v077 = v078 = v079 = 7
    v080 = v081 = v082 = v083 = v084 = v085 = v086 = v087 = v088 = v089 = 8
    v090 = v091 = v092 = v093 = v094 = v095 = v096 = v097 = v098 = v099 = 9
    v100 = v101 = v102 = v103 = v104 = v105 = v106 = v107 = v108 = v109 = 10
    v110 = v111 = v112 = v113 = v114 = v115 = v116 = v117 = v118 = v119 = 11
    v120 = v121 = v122 = v123 = v124 = v125 = v126 = v127 = v128 = v129 = 12
    v130 = v131 = v132 = v133 = v134 = v135 = v136 = v137 = v138 = v139 = 13
    return v000 + v015 + v016 + v063 + v064 + v127 + v128 + v139
print(many(*range(20)), high_cells(*range(18))(), many_locals_200())
