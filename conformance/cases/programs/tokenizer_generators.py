# A tokenizer and recursive-descent calculator built on generators, with error reporting.
def tokens(src):
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            yield ("num", float(text) if "." in text else int(text), i)
            i = j
        elif c.isalpha():
            j = i
            while j < len(src) and src[j].isalnum():
                j += 1
            yield ("name", src[i:j], i)
            i = j
        elif c in "+-*/()^%,":
            yield ("op", c, i)
            i += 1
        else:
            raise SyntaxError(f"bad character {c!r} at {i}")
    yield ("end", None, len(src))


class Parser:
    FUNCS = {"max": max, "min": min, "abs": abs}

    def __init__(self, src, env):
        self.toks = tokens(src)
        self.env = env
        self.advance()

    def advance(self):
        self.kind, self.val, self.pos = next(self.toks, ("end", None, -1))

    def expect(self, val):
        if self.val != val:
            raise SyntaxError(f"expected {val!r} at {self.pos}, got {self.val!r}")
        self.advance()

    def expr(self):
        v = self.term()
        while self.val in ("+", "-"):
            op = self.val
            self.advance()
            v = v + self.term() if op == "+" else v - self.term()
        return v

    def term(self):
        v = self.power()
        while self.val in ("*", "/", "%"):
            op = self.val
            self.advance()
            r = self.power()
            v = v * r if op == "*" else v / r if op == "/" else v % r
        return v

    def power(self):
        v = self.atom()
        if self.val == "^":
            self.advance()
            return v ** self.power()
        return v

    def atom(self):
        kind, val = self.kind, self.val
        if val == "-":
            self.advance()
            return -self.atom()
        if val == "(":
            self.advance()
            v = self.expr()
            self.expect(")")
            return v
        self.advance()
        if kind == "num":
            return val
        if kind == "name" and self.val == "(":
            self.advance()
            args = [self.expr()]
            while self.val == ",":
                self.advance()
                args.append(self.expr())
            self.expect(")")
            return self.FUNCS[val](*args)
        if kind == "name":
            return self.env[val]
        raise SyntaxError(f"unexpected {val!r}")


env = {"x": 3, "y": 4.5}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x ^ 2", "x * y - 1", "10 / 4", "7 % 3 + 0.5",
            "max(1, x, 2) + min(y, 10)", "abs(-2 - x)", "1 +", "2 * (3", "4 $ 4", "z + 1", "foo(1)",
            "1 / 0", "2 ^ 0.5", "((((7))))"]:
    try:
        p = Parser(src, env)
        v = p.expr()
        if p.kind != "end":
            raise SyntaxError(f"trailing {p.val!r}")
        print(f"{src:>26} = {v!r}")
    except (SyntaxError, KeyError, ZeroDivisionError) as e:
        print(f"{src:>26} ! {type(e).__name__}: {e}")
print(list(tokens("a1 + 2.5*(b)")))
