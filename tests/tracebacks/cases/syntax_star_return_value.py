def f(): return *a
