calls = []


def t(name, value):
    calls.append(name)
    return value


print(t("a", 0) and t("b", 1), calls)
calls.clear()
print(t("a", 1) and t("b", 0) and t("c", 1), calls)
calls.clear()
print(t("a", 0) or t("b", "") or t("c", "x") or t("d", 1), calls)
calls.clear()
print(t("a", 1) if t("cond", False) else t("b", 2), calls)
calls.clear()
print(not t("a", []), calls)
calls.clear()
print(any(t(i, i > 1) for i in range(5)), calls)
calls.clear()
print(all(t(i, i < 2) for i in range(5)), calls)
calls.clear()
x = None
print(x is not None and x.attr, x or "default")
d = {}
print(d.get("k") or d.setdefault("k", []), d)
print([] or {} or () or 0 or None)
print(1 and [] and 2)
print((0 or 5) + (3 and 4))
