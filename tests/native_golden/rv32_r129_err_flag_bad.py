# args: -march=rv32imc -march-flags=zba,zbb
# ref: 1.29.0.post2
x = 1
