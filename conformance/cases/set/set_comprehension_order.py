print({x for x in range(10)}, {x * x for x in range(-5, 6)}, {c for c in "hello world"}, {x % 7 for x in range(100, 0, -3)})
print({(x, y) for x in range(3) for y in range(2)}, {x for x in [3.5, 1.5, 2.5, 1.5]}, {n for n in [2**64, 2**63, 1, 2**64]})
print({s.upper() for s in ["a", "b", "A"]}, {len(s) for s in ["", "a", "bb", "a"]}, {x for x in "" if x})
evens = {x for x in range(30) if x % 2 == 0}
threes = {x for x in range(30) if x % 3 == 0}
print(evens & threes, evens - threes, threes - evens, evens ^ threes, evens | threes)
print(sorted(evens | threes) == sorted(set(range(30)) - {x for x in range(30) if x % 2 and x % 3}))
print({-x for x in range(5)}, {x for x in (-1, -2, -3, -4, -5)}, {-0.5, 0.5, -1.5, 1.5})
