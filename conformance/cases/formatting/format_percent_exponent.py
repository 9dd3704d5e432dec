for v in [0, 0.5, 1, -0.25, 1 / 3, 2 / 3, 12.3456, 1e-6, 1e10, 123]:
    print(repr(v), [format(v, s) for s in ["%", ".0%", ".1%", ".3%", "10.2%", "+.1%", ",.0%", "e", ".0e", ".2e", "E", "+.3e", "12.1e", "#.0e"]])
print(format(5, "e"), format(-5, ".2E"), format(10**20, "e"), format(123, ".1%"), format(True, "%"), format(2**70, ".3e"))
for spec in [".2%", "e", ".1f"]:
    print(spec, [format(v, spec) for v in [float("inf"), float("-inf"), float("nan")]])
