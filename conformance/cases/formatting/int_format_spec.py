vals = [0, 1, -1, 42, -42, 255, 1234567, -1234567, 2**70, -(2**70), True]
specs = ["", "d", "5d", "<5d", ">5d", "^5d", "=5d", "05d", "+d", "-d", " d", "+05d", "x", "X", "#x", "#X", "o", "#o", "b", "#b",
         "c", ",", "_", ",d", "_d", "_x", "_b", "_o", "#_x", "10,", "010,", "+,", "e", ".2e", "f", ".1f", "%", ".0%", "g", "G",
         "n", "*^9", "0^9", "x<8", "#010x", "#010b", "+#x", " #o", ">+10", "=+10", "z", "08,d", "012_b", "E", "F", ".3g", "#.0f"]
for v in vals:
    out = []
    for s in specs:
        try:
            out.append(format(v, s))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(v, out)
for bad in ["s", ".2d", "z", "=s", "c", "#c", ",c", "xx", "5.5d", "-c", "+c", ",x", "_n", ",b", "^^5", "1000000000000000000000d"]:
    for v in [65, -1]:
        try:
            print(repr(bad), v, repr(format(v, bad)))
        except (ValueError, OverflowError) as e:
            print(repr(bad), v, type(e).__name__, e)
print(format(0x110000, "c") if False else "skip")
try:
    format(0x110000, "c")
except OverflowError as e:
    print("OverflowError", e)
try:
    format(-1, "c")
except OverflowError as e:
    print("OverflowError", e)
print(f"{12345:,}", f"{12345:_}", f"{-12345:010,}", f"{12345:>10,}", f"{255:#06x}", f"{5:03}", f"{-5:03}", f"{5:+}")
print("{:,}".format(10**20), "{:_x}".format(0xdeadbeef), "{:#_b}".format(10), "{:o}".format(8))
print(f"{True}", f"{True:d}", f"{False:5}", f"{True:>5}", format(True, ""), format(True, "^7"))
class MyInt(int):
    pass
print(format(MyInt(7), "03d"), f"{MyInt(7)}", format(MyInt(7), ""))
print(int.__format__(5, "x"), (5).__format__(""))
format(1, "q")
