# cpython-agrees
print(0x1F, 0o17, 0b101, 0XFF, 0O7, 0B11)
print(1_000_000, 0x_ff, 0b1_0, 0)
print(00, 0_0, 000)
