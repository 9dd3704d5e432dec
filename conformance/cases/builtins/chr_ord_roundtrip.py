for cp in [0, 9, 10, 32, 65, 97, 127, 128, 160, 255, 256, 0x3b1, 0x20ac, 0xfeff, 0xffff, 0x10000, 0x1f600, 0x10ffff]:
    c = chr(cp)
    print(cp, repr(c), ascii(c), len(c), ord(c) == cp, c.isprintable())
print("".join(chr(c) for c in range(65, 91)), [ord(c) for c in "héllo"], ord("€"), chr(ord("a") + 1))
for bad in [-1, 0x110000, 2**31, 2**64]:
    try:
        chr(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for bad in ["", "ab", b"ab", 65, None, ["a"]]:
    try:
        ord(bad)
    except TypeError as e:
        print("TypeError", e)
print(ord(b"A"), ord(bytearray(b"\xff")), chr(True), ord("\U0001F40D"))
chr("a")
