x: a[b] c
