# args: -march=rv32imc -march-flags=zcmp
# ref: 1.27.0.post2
x = 1
