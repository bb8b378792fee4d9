# A small MicroPython program to try the compiler on:
#   cargo run --release -- examples/blink.py -o blink.mpy
from micropython import const
import time

_PERIOD_MS = const(250)


class Blinker:
    def __init__(self, pin, times=3):
        self.pin = pin
        self.times = times

    def run(self, sleep=time.sleep_ms):
        for i in range(self.times * 2):
            self.pin.value(i % 2 == 0)
            sleep(_PERIOD_MS)
        return f"blinked {self.times} times"


class FakePin:
    def __init__(self):
        self.history = []

    def value(self, v):
        self.history.append(int(v))


if __name__ == "__main__":
    pin = FakePin()
    print(Blinker(pin).run(lambda ms: None), pin.history)
