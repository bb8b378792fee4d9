# args: -march=rv32imc -march-flags=zba
# ref: 1.28.0.post2
x = 1
