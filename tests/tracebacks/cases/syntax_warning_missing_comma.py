# A literal called or subscripted is probably a missing comma: CPython warns, then the run
# raises the error it announced.
def attempt(f):
    try:
        return f()
    except TypeError as e:
        return f"TypeError: {e}"


print(attempt(lambda: [(1, 2) (3, 4)]))
print(attempt(lambda: ["a" "b" (1)]))
print(attempt(lambda: [None (1)]))
print(attempt(lambda: [[1, 2] [0, 1]]))
print(attempt(lambda: ["ab" ["x"]]))
print(attempt(lambda: [{1, 2} [0]]))
print(attempt(lambda: (x for x in "ab")[0]))
print(attempt(lambda: 5[0]))
print(attempt(lambda: "abc"[1.5]))
print(attempt(lambda: f"{1}"["k"]))
print(attempt(lambda: {1: 2}(1)))
print("abc"[1], [1, 2][True], "abc"[0:2], (1, 2)[-1])
