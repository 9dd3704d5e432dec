def f(): yield from *a
