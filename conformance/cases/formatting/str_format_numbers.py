print("{} {} {}".format(1, 2.5, -3), "{0} {1} {0}".format("a", 2), "{:d} {:f} {:e} {:g} {:%}".format(42, 1.5, 1.5, 1.5, 0.5))
print("{:>8} {:<8}| {:^8} {:08.3f}".format(3.14159, 2.71828, 1.41421, -1.5), "{:+d} {: d} {:-d}".format(5, 5, 5))
print("{0:{1}}".format(42, 6), "{0:{1}.{2}f}".format(3.14159, 10, 2), "{:{}{}}".format(7, "^", 5), "{x:.1f} {y:,}".format(x=2.25, y=10**6))
print("{0[0]:.2f} {0[1]:x}".format([1.005, 255]), "{d[k]:>4}".format(d={"k": 9}), "{.real:.1f}".format(2.5), "{!r:>6}".format(1.5))
print("%d %i %5.2f %-8.3e| %g %G %x %X %o %c %r %s %%" % (42, -7, 3.14159, 12345.678, 1e-7, 1e20, 255, 255, 8, 65, 1.5, 2.5))
print("%+d % d %05d %.3d %-5d| %x %#x %#o %e %.0f %#.0f" % (5, 5, -5, 7, 3, -255, 255, 8, 0.0, 2.5, 2.5))
print("%(a)s %(b)05.1f" % {"a": 1, "b": 2.25}, "%*d|%-*d|" % (5, 1, 5, 2), "%.*f" % (2, 3.14159), "%s" % (1,), "%s" % [1, 2])
for bad in [lambda: "{:d}".format(1.5), lambda: "{:s}".format(1), lambda: "{:x}".format(1.5), lambda: "%d" % "a", lambda: "%d" % 1.5 + "x",
            lambda: "{:,d}".format("s"), lambda: "{:c}".format(-1), lambda: "%c" % 1.5, lambda: "%x" % 1.5]:
    try:
        print(bad())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
"{:d}".format("x")
