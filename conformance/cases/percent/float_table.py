def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


vals = [0.1, 0.5, 1.5, 2.5, 1234.5678, 1e-10, 123456789012.0, 1e300, -1e-300, 5e-324, 0.000123456, 99.99999, 1/3]
for f in ['%.1f', '%.3f', '%.10f', '%.2e', '%.0e', '%.8e', '%g', '%.1g', '%.3g', '%.12g', '%#.3g', '%G', '%E', '%#.0f', '%+.2g', '% .4f']:
    print(f, [f % v for v in vals])
