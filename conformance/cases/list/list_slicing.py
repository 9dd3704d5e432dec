a = list(range(10))
for s in [slice(None), slice(2, 5), slice(-3, None), slice(None, -3), slice(None, None, 2),
          slice(None, None, -1), slice(8, 2, -2), slice(-1, -11, -3), slice(100, 200),
          slice(-100, 100), slice(5, 5), slice(7, 2), slice(None, None, 3), slice(1, None, -1),
          slice(2**70, None), slice(None, -2**70, -1), slice(-2**70, 2**70, 2**65)]:
    print(s, a[s])
try:
    a[::0]
except ValueError as e:
    print("ValueError", e)
for i in [0, -1, 9, -10]:
    print(a[i])
for i in [10, -11, 2**100]:
    try:
        a[i]
    except IndexError as e:
        print("IndexError", e)
for k in ["1", 1.0, None, (1,)]:
    try:
        a[k]
    except TypeError as e:
        print("TypeError", e)
class Idx:
    def __index__(self):
        return 3
print(a[Idx()], a[True], a[False])
b = list(range(10)); b[2:5] = ["x"]; print(b)
b = list(range(10)); b[2:5] = []; print(b)
b = list(range(10)); b[2:2] = [1, 2, 3]; print(b)
b = list(range(10)); b[::2] = "abcde"; print(b)
b = list(range(10)); b[::-3] = [0, 0, 0, 0]; print(b)
b = list(range(10)); b[8:2:-2] = "xyz"; print(b)
b = list(range(5)); b[:] = b; print(b)
b = list(range(5)); b[1:3] = b; print(b)
b = list(range(5)); b[-100:100] = (7,); print(b)
b = list(range(5)); b[4:1] = "ab"; print(b)
b = list(range(5)); b[1:4:1] = range(10, 13); print(b)
for bad in ["ab", [1, 2, 3, 4]]:
    b = list(range(10))
    try:
        b[::2] = bad
    except ValueError as e:
        print("ValueError", e)
try:
    b = [1, 2]; b[0:1] = 5
except TypeError as e:
    print("TypeError", e)
try:
    b = [1, 2]; b[::2] = 5
except TypeError as e:
    print("TypeError", e)
try:
    b = [1, 2]; b[5] = 0
except IndexError as e:
    print("IndexError", e)
try:
    b = [1, 2]; b["x"] = 0
except TypeError as e:
    print("TypeError", e)
b = [1, 2, 3]; b[-1] = 9; b[0] = 8; print(b)
c = list(range(10)); del c[::3]; print(c)
c = list(range(10)); del c[2:4]; print(c)
c = list(range(10)); del c[::-2]; print(c)
c = list(range(10)); del c[-1]; del c[0]; print(c)
c = list(range(10)); del c[100:]; del c[5:1]; print(c)
c = list(range(10)); del c[:]; print(c)
try:
    del c[0]
except IndexError as e:
    print("IndexError", e)
try:
    del c["a"]
except TypeError as e:
    print("TypeError", e)
print(slice(1, 2, 3), slice(None), slice(1, 2), repr(slice("a", None, [])))
s = slice(2, 10, 3)
print(s.start, s.stop, s.step, s.indices(5), s.indices(100), slice(None, None, -1).indices(5))
print(slice(-2**70, 2**70).indices(10), slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3))
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print("ValueError", e)
try:
    slice(1).indices(-1)
except ValueError as e:
    print("ValueError", e)
try:
    hash(slice(1))
except TypeError as e:
    print("TypeError", e)
c = list(range(5))
c[1:3] = c[3:0:-1]
print(c)
[1, 2][1:2:0]
