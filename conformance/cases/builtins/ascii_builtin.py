for v in ["abc", "é", "日本", "🐍", "\x00\x7f\x80\xff", "\u200b", "\ud800" if False else "x", "tab\t", "quote'", 'dq"', "back\\slash"]:
    print(ascii(v), repr(v))
print(ascii(["ü", ("ß",), {"ç": "ñ"}]), ascii(b"\xe9"), ascii(1.5), ascii(None), ascii({"é"}))
class U:
    def __repr__(self):
        return "Ünïcode 🐍"
print(ascii(U()), repr(U()), ascii([U()]))
print("%a" % "é", f"{'é'!a}", "{!a}".format("ñ"))
