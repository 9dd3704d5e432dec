a[b:c] = d
