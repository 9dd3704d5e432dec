f = lambda *a, **k: (a, k)
