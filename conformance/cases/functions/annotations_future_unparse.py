# under `from __future__ import annotations` each annotation is stored as CPython's
# ast unparser writes it back: precedence, spacing, quotes, parentheses
from __future__ import annotations

def f(a: int | None, b: list[dict[str, int]], c: 'quoted' = 1, d: "dq" = 2,
      e: a.b.c = 3, g: x[1, 2] = 4, h: (1, 2) = 5, i: () = 6, j: (1,) = 7,
      k: -x ** -y = 8, l: (a + b) * c = 9, m: a + b * c = 10, n: (a ** b) ** c = 11,
      o: a ** (b ** c) = 12, p: not a and b or c = 13, q: (not a) == b = 14,
      r: a if b else c = 15, s: (lambda: 1) = 16, t: lambda x, *y, z=1, **w: 0 = 17,
      u: [x for x in y if x] = 18, v: {k: v for k, v in w} = 19, w: {1, 2} = 20,
      x: {'a': 1, **m} = 21, y: f(1, *a, k=2, **kw) = 22, z: g(x for x in y) = 23,
      aa: 1 .real = 24, bb: 1.5e300 * 1e10 = 25, cc: ... = 26, dd: b'bytes' = 27,
      ee: f'{x!r:>{w}} {{lit}} {y=}' = 28, ff: a < b <= c != d = 29, gg: a is not b = 30,
      hh: x not in y = 31, ii: ~a | d << 1 >> 2 = 32, jj: a @ b // c % d = 33,
      mm: x[*a] = 36,
      oo: {*()} = 38, pp: True and None = 39, qq: 'it''s' = 40, rr: '\n\t' = 41,
      ss: 10 ** 400 = 42, tt: -1 = 43, uu: +a = 44, vv: [*a, *b] = 45, ww: (*a, b) = 46,
      xx: lambda: (yield) = 47, x2: lambda: (z := 1) = 48, x3: [(y := 1) for q in w] = 0, yy: a.b[c].d(e) = 48, zz: 1e309 = 49) -> tuple[int, ...]:
    pass

for name, text in f.__annotations__.items():
    print(name, '->', text)

class K:
    attr: dict[str, list[int]] = {}
    sliced: x[1:2]
    sliced2: x[lo:hi]
    other: 'Forward'
print(K.__annotations__)
x: (1 + 2) * 3 = 0
print(__annotations__)
