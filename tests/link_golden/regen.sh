#!/bin/sh
# Rebuilds the objects and the expected files of tests/link_golden (see README.md).
# Needs MicroPython's tools: MPY_LD (default: python3 $MPY_DIR/tools/mpy_ld.py, with
# pyelftools installed), MPY_TOOL (python3 $MPY_DIR/tools/mpy-tool.py) and MPY_CROSS
# (mpy-cross 1.28). Run from this directory.
set -eu
MPY_DIR=${MPY_DIR:?set MPY_DIR to a MicroPython v1.28.0 checkout}
MPY_LD=${MPY_LD:-python3 $MPY_DIR/tools/mpy_ld.py}
MPY_TOOL=${MPY_TOOL:-python3 $MPY_DIR/tools/mpy-tool.py}
MPY_CROSS=${MPY_CROSS:-mpy-cross}
$MPY_LD --arch x64 --preprocess -o golden.config.h golden.c helper.c
CFLAGS='-std=c99 -ffreestanding -Os -Wall -Werror -fpic -fno-common -U_FORTIFY_SOURCE -DMP_CONFIGFILE="golden.config.h" -I.'
while read -r arch cc flags; do
    mkdir -p "$arch"
    for src in golden helper; do
        # shellcheck disable=SC2086
        $cc $CFLAGS $flags -c -o "$arch/$src.o" "$src.c"
    done
    $MPY_LD --arch "$arch" --qstrs golden.config.h -o "$arch/golden.mpy" "$arch/golden.o" "$arch/helper.o"
    $MPY_LD --arch "$arch" --qstrs golden.config.h -o "$arch/golden_py.mpy" "$arch/golden.o" "$arch/helper.o"
    $MPY_CROSS -march="$arch" -o "$arch/golden_extra.mpy" golden_extra.py
    $MPY_TOOL --merge -o "$arch/golden_py.mpy" "$arch/golden_py.mpy" "$arch/golden_extra.mpy"
    rm "$arch/golden_extra.mpy"
done <<ARCHES
x64 gcc -fno-stack-protector
x86 i686-linux-gnu-gcc -m32 -fno-stack-protector
armv6m arm-none-eabi-gcc -mthumb -mcpu=cortex-m0
armv7m arm-none-eabi-gcc -mthumb -mcpu=cortex-m3
armv7emsp arm-none-eabi-gcc -mthumb -mcpu=cortex-m4 -mfpu=fpv4-sp-d16 -mfloat-abi=hard
armv7emdp arm-none-eabi-gcc -mthumb -mcpu=cortex-m7 -mfpu=fpv5-d16 -mfloat-abi=hard
rv32imc riscv64-unknown-elf-gcc -march=rv32imac -mabi=ilp32 -mno-relax
rv64imc riscv64-unknown-elf-gcc -march=rv64imac -mabi=lp64 -mno-relax
xtensa xtensa-lx106-elf-gcc -mforce-l32 -O0
xtensawin xtensa-lx106-elf-gcc -mforce-l32 -O0
ARCHES
# xtensa_os: dynruntime.mk's -Os, where mpy_ld fails; the expected file is mpyc link's own.
mkdir -p xtensa_os
for src in golden helper; do
    # shellcheck disable=SC2086
    xtensa-lx106-elf-gcc $CFLAGS -mforce-l32 -c -o "xtensa_os/$src.o" "$src.c"
done
${MPYC:-mpyc} link --arch xtensa --qstrs golden.config.h -o xtensa_os/golden.mpy \
    xtensa_os/golden.o xtensa_os/helper.o
# static_bss.c: mpy_ld refuses or mislinks it, so the expected files are mpyc link's own.
MPYC=${MPYC:-mpyc}
$MPY_LD --arch x64 --preprocess -o static_bss.config.h static_bss.c
SB_CFLAGS=$(echo "$CFLAGS" | sed 's/golden.config.h/static_bss.config.h/')
while read -r arch cc flags; do
    # shellcheck disable=SC2086
    $cc $SB_CFLAGS $flags -c -o "$arch/static_bss.o" static_bss.c
    $MPYC link --arch "$arch" --qstrs static_bss.config.h -o "$arch/static_bss.mpy" "$arch/static_bss.o"
done <<ARCHES
x64 gcc -fno-stack-protector
x86 i686-linux-gnu-gcc -m32 -fno-stack-protector
armv7m arm-none-eabi-gcc -mthumb -mcpu=cortex-m3
rv32imc riscv64-unknown-elf-gcc -march=rv32imac -mabi=ilp32 -mno-relax
ARCHES
# nopic.c: not position-independent, for the error test (no expected .mpy).
# shellcheck disable=SC2086
riscv64-unknown-elf-gcc $(echo "$CFLAGS" | sed 's/-fpic/-fno-pic/') -march=rv32imac -mabi=ilp32 \
    -mno-relax -msmall-data-limit=8 -c -o rv32imc/nopic.o nopic.c
# libhelper.a: helper.o as an archive, for the -l test (the expected file is golden.mpy;
# mpy_ld --arch A --qstrs golden.config.h -l A/libhelper.a -o A/golden.mpy A/golden.o
# writes the same bytes).
for arch in x64 armv7m rv32imc; do
    rm -f "$arch/libhelper.a"
    ar rcs "$arch/libhelper.a" "$arch/helper.o"
done
