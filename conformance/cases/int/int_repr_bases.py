for n in [0, 7, -7, 255, -255, 2**64 - 1, -(2**64), 10**30, -(10**30), 3**100]:
    print(n, repr(n), str(n), bin(n), oct(n), hex(n), f"{n:x}", f"{n:X}", f"{n:o}", f"{n:b}"[:20], f"{n:#x}")
for s, b in [("ff", 16), ("FF", 16), ("777", 8), ("1010", 2), ("zz", 36), ("Zz", 36), ("-0x1F", 16), ("0o17", 8), ("0b11", 2),
             ("  +12_34  ", 10), ("1_2_3", 0), ("0x_1_f", 0), ("00", 0), ("-0", 0), ("0_0", 10), ("09", 10), ("1" * 100, 2)]:
    print(repr(s), b, int(s, b))
for s, b in [("09", 0), ("0x", 0), ("0b2", 0), ("0o8", 0), ("1_", 10), ("_1", 10), ("1__2", 10), ("12", 2), ("", 0),
             ("0x1", 10), ("1.0", 10), ("1e3", 10), ("++1", 10), ("- 1", 10), ("0B", 2), ("\x00", 10), ("  ", 16)]:
    try:
        int(s, b)
    except ValueError as e:
        print("ValueError", e)
print(int("١٢٣"), int("𝟏𝟐"), int("\u0e51\u0e52"), int("  \u20027 \u3000"))
try:
    int("½")
except ValueError as e:
    print("ValueError", e)
try:
    int("1", base=1.5)
except TypeError as e:
    print("TypeError", e)
try:
    int(1.5, 10)
except TypeError as e:
    print("TypeError", e)
try:
    int(b"\xd9\xa1")
except ValueError as e:
    print("ValueError", e)
print(int(b"  12  "), int(bytearray(b"-7")), int(b"ff", 16), int(b"0b101", 0))
print(10**50, -10**50, 10**50 + 1, str(2**200)[:10], len(str(2**1000)), repr(-2**63))
int("12a")
