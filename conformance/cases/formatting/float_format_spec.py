vals = [0.0, -0.0, 1.0, -1.0, 0.1, 1.5, 2.5, -2.5, 3.14159265, 1234567.891, -1234567.891, 1e16, 1.5e-7, 1e100, 123.456e-10,
        float("inf"), float("-inf"), float("nan"), 0.5, 9.995, 99.5, 1e-5, 123456789012345.678, 5e-324, 1.7976931348623157e308]
specs = ["", "f", ".0f", ".1f", ".2f", ".10f", "e", ".0e", ".3e", "E", "g", ".0g", ".1g", ".3g", ".10g", "G", "#g", "#.3g",
         "%", ".1%", ".0%", "n", "10.2f", "<10.2f", "^10.2f", ">10.2f", "=10.2f", "010.2f", "+.2f", " .2f", "-.2f", ",.2f",
         "_.2f", ",", "_", ",g", "+,.1f", "z.1f", "z.2e", "z", "#.0f", "#.0e", "#", ".3", "#.3", "010", "*^12.3e", "+012,.2f",
         "F", ".2F", ".1", ".20f", ".17g", ".30e"]
for v in vals:
    out = []
    for s in specs:
        try:
            out.append(format(v, s))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(repr(v), out)
for bad in ["d", "x", "c", "s", "b", "#x", "=s", ",_", "_,", ".f", "..2f", "2.3.4f", ".-1f"]:
    try:
        print(repr(bad), format(1.5, bad))
    except ValueError as e:
        print(repr(bad), "ValueError", e)
print(f"{3.14159:.2f}", f"{2.5:.0f}", f"{3.5:.0f}", f"{0.125:.2f}", f"{0.375:.2f}", f"{1e21:f}", f"{1e22:,.0f}")
print("{:.3}".format(3.14159), "{:10}".format(1.5), "{:<10}|".format(1.5), "{:e}".format(0.0), "{:g}".format(1e-5), "{:g}".format(1e-4))
print("{:g}".format(123456789.0), "{:g}".format(1234567.0), "{:g}".format(123456.0), "{:.2g}".format(0.000123), "{:#.2g}".format(1.0))
print(format(1e300 * 1e10, "f"), format(-1e300 * 1e10, "+e"), format(float("nan"), "+f"), format(float("inf"), "010f"), format(float("nan"), "=10"))
print(format(-0.0, ""), format(-0.0, "f"), format(-0.0, "z.1f"), format(-0.01, "z.1f"), format(0.01, "z.1f"), format(-0.0001, "z.2e"))
print(format(1.0, ""), format(1e16, ""), format(1e15, ""), format(1.23456789e-5, ""), format(100.0, ".3"), format(0.0001, ".2"))
class MyF(float):
    pass
print(format(MyF(2.5), ".1f"), f"{MyF(2.5)}", float.__format__(1.25, ".1f"))
print(f"{12.5:,.2f}", f"{1234.5:_.1f}", f"{-1234.5:08.1f}", f"{1234.5:=+12,.2f}", f"{0.0005:.2%}", f"{2/3:.3%}")
format(1.5, "d")
