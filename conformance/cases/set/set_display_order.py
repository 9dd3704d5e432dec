# Set displays print in CPython's order, which for all-constant displays of three or more items
# depends on how CPython compiles them (a folded frozenset constant, rebuilt twice).
print({"apple", "banana", "cherry"})
print({"red", "green", "blue", "yellow"})
print({"a", "b", "c", "d", "e", "f"})
print({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"})
print({1, 2, 3, "a", "b"})
print({-1, -2, 5}, {-1, -2}, {"x", "y"})
print({1.5, 2.5, "x", (1,), 10**20})
print({"apple", "banana", "cherry", "x" * 2})
print({"a" * 5000, "b", "c"} == {"b", "c", "a" * 5000}, len({"a" * 5000, "b", "c"}))
x = "apple"
print({x, "banana", "cherry"}, {"banana", x, "cherry"})
print({"apple", "banana", *["cherry"]}, {*"abc"}, {*("apple", "banana", "cherry")})
print(set(["apple", "banana", "cherry"]), frozenset({"apple", "banana", "cherry"}))
print({(1, "a"), (2, "b"), (3, "c")}, {True, 1, 1.0, "t"}, {None, None, "n"} == {"n", None})
print({2**100, 2**200, 3, "k"}, {-5, 5 - 10, ~4, "neg"}, {"ab"[0], "cd"[1], "z"})
s = {"dog", "cat", "bird", "fish"}
s.add("ant")
print(s, sorted(s))
words = "the quick brown fox jumps over the lazy dog".split()
print(set(words), {w for w in words})
print({"alpha", "beta", "gamma"} | {"delta"}, {"alpha", "beta", "gamma"} - {"beta"})
print(frozenset({"alpha", "beta", "gamma"}), {frozenset({"p", "q", "r"})})
