class Lazy:
    def __getattr__(self, name):
        if name == "computed":
            return 42
        if name == "broken":
            raise KeyError("not an AttributeError")
        raise AttributeError(f"no {name} here")


obj = Lazy()
print(obj.computed, hasattr(obj, "computed"), hasattr(obj, "missing"))
print(getattr(obj, "missing", "default"))
try:
    hasattr(obj, "broken")
except KeyError as e:
    print("hasattr propagates non-AttributeError:", repr(e))
try:
    getattr(obj, "broken", None)
except KeyError as e:
    print("getattr default propagates non-AttributeError:", repr(e))
try:
    obj.missing
except AttributeError as e:
    print(type(e).__name__, e)


class Prop:
    @property
    def bad(self):
        raise AttributeError("inside property")

    @property
    def other(self):
        raise ValueError("property value error")


p = Prop()
print(hasattr(p, "bad"), getattr(p, "bad", "fallback"))
try:
    hasattr(p, "other")
except ValueError as e:
    print(repr(e))
try:
    getattr(p, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    getattr(p)
except TypeError as e:
    print(type(e).__name__, e)


class DictMissing(dict):
    def __missing__(self, key):
        return f"missing {key}"


d = DictMissing(a=1)
print(d["a"], d["zz"], d.get("zz"), "zz" in d)


class MissingRaises(dict):
    def __missing__(self, key):
        raise LookupError(f"custom missing {key}")


try:
    MissingRaises()["q"]
except LookupError as e:
    print(type(e).__name__, e)
