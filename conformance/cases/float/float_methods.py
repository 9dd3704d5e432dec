for x in [0.0, -0.0, 1.0, 2.5, -2.5, 0.1, 1e300, 5e-324, 3.0, -7.0, 1.5e16]:
    print(x, x.is_integer(), x.as_integer_ratio(), x.conjugate(), x.real, x.imag, x.hex())
for bad in [float("inf"), float("-inf"), float("nan")]:
    print(bad.is_integer(), bad.hex())
    try:
        bad.as_integer_ratio()
    except Exception as e:
        print(type(e).__name__, e)
print((2.5).__trunc__(), (-2.5).__trunc__(), (2.5).__floor__(), (-2.5).__floor__(), (2.5).__ceil__(), (-2.5).__ceil__())
print(type((2.5).__trunc__()), (1e20).__int__(), int(-1e20), int(1.9999), int(-0.9))
print((7.5).__divmod__(2), (7.5).__rdivmod__(2), (1.0).__mod__(0.3), (1.0).__rpow__(2))
print((1.5).__add__(1), (1.5).__add__("x"), (1.5).__radd__(2), (1.5).__eq__(1.5), (1.5).__lt__(2))
print((0.0).__bool__(), (0.5).__bool__(), (2.5).__neg__(), (-2.5).__abs__(), (2.5).__pos__())
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-1074"), (3.75).hex())
print(hash(0.5), hash(-0.5), hash(1e-300), hash(float(2**62)), hash(1.0) == hash(1))
try:
    float("inf").__int__()
except OverflowError as e:
    print(e)
try:
    float("nan").__floor__()
except ValueError as e:
    print(e)
try:
    (1.5).is_integer(1)
except TypeError as e:
    print(e)
try:
    int(float("-inf"))
except OverflowError as e:
    print(e)
print(float.__name__, (1.5).__class__, type(1.5) is float)
float("nan").as_integer_ratio()
