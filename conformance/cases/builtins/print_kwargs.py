import sys
print("a", "b", sep="-")
print("a", "b", sep="")
print("a", "b", sep=None)
print("x", end="")
print("y", end="!\n")
print("z", end=None)
print()
print(sep="x")
print(1, 2, 3, sep=", ", end=".\n")
print("to stdout", file=sys.stdout)
print("to stdout flush", file=sys.stdout, flush=True)
print("flush", flush=True)
print("file none", file=None)
print(*[1, 2, 3])
print(*"abc", sep="|")
print([1, "a"], (1,), {"k": "v"}, None, True, 1.0, -0.0, b"b", 2**70)
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
w = W()
print("hello", 42, file=w, sep="+", end="$")
print(w.parts)
class NoWrite:
    pass
try:
    print("x", file=NoWrite())
except AttributeError as e:
    print("AttributeError", e)
for bad in [{"sep": 1}, {"end": 2}, {"sep": b"x"}, {"bogus": 1}]:
    try:
        print("x", **bad)
    except TypeError as e:
        print("TypeError", e)
class S:
    def __str__(self):
        return "S!"
    def __repr__(self):
        return "R!"
print(S(), [S()], str(S()), repr(S()), f"{S()}", f"{S()!r}")
class BadStr:
    def __str__(self):
        return 5
try:
    print(BadStr())
except TypeError as e:
    print("TypeError", e)
try:
    print("before", BadStr(), "after")
except TypeError as e:
    print("TypeError", e)
w2 = W()
try:
    print("p", BadStr(), file=w2, sep="/")
except TypeError as e:
    print("TypeError", e, w2.parts)
w3 = W()
print(file=w3)
print("a", "b", file=w3, sep=None, end=None)
print(w3.parts)
print("unicode: é ü 中文 🐍", "tab\there", "nl\\n")
print("a\nb")
sys.stdout.write("direct\n")
print(end="no newline then ")
print("next")
print("x", file=sys.stderr)
print(1, 2, sep="\n")
print("last", sep=5)
