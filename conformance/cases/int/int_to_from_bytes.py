for n in [0, 1, 127, 128, 255, 256, 65535, 2**31, 2**63 - 1, 2**64, 12345678901234567890]:
    for order in ["big", "little"]:
        length = max(1, (n.bit_length() + 7) // 8)
        b = n.to_bytes(length, order)
        print(n, order, b, int.from_bytes(b, order) == n)
for n in [-1, -128, -129, 127, -32768, -(2**63)]:
    length = (n.bit_length() + 8) // 8
    b = n.to_bytes(length, "big", signed=True)
    print(n, b, int.from_bytes(b, "big", signed=True), int.from_bytes(b, "little", signed=True), int.from_bytes(b, "big"))
print((5).to_bytes(4, byteorder="little"), (5).to_bytes(length=2, byteorder="big"), (5).to_bytes(), (0).to_bytes(3, "big"))
print(int.from_bytes(b"\x01\x02", byteorder="little"), int.from_bytes(bytes=b"\x7f", byteorder="big", signed=True))
print(int.from_bytes(iter([1, 2]), "big"), int.from_bytes((255,), "big", signed=True), int.from_bytes(b"\x00" * 20, "big"))
for call in [lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"), lambda: (128).to_bytes(1, "big", signed=True),
             lambda: (-129).to_bytes(1, "big", signed=True), lambda: (1).to_bytes(-1, "big"), lambda: (1).to_bytes(1, "mid"),
             lambda: (1).to_bytes(1, 5), lambda: int.from_bytes(b"", "x"), lambda: int.from_bytes(5, "big"), lambda: int.from_bytes([256], "big"),
             lambda: int.from_bytes(["a"], "big"), lambda: (1).to_bytes(1.5, "big"), lambda: (0).to_bytes(0, "big")]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
(1000).to_bytes(1, "little")
