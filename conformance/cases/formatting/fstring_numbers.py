x, y, n, big = 3.14159265, -2.5, 1234567, 2**80
w, p = 12, 3
print(f"{x}", f"{x:.2f}", f"{x:{w}.{p}f}|", f"{x:<{w}}|", f"{y:+.1e}", f"{n:,}", f"{n:_}", f"{n:>{w},}|", f"{big:,}")
print(f"{n:#x}", f"{n:#o}", f"{n:#b}", f"{n:08.3e}" if False else f"{n:08d}", f"{-n:012,}", f"{n:^15,}|", f"{0.5:.0%}", f"{1/3:.3%}")
print(f"{x!r}", f"{x!s:>10}", format('text', '*^11'), format(y, "=+10.2f"), f"{True:d}", f"{None!r:>6}", f"{[1, 2]!s:>8}")
print(f"{x=}", f"{n=:,}", f"{x = :.3f}", f"{y=!r}")
print("{:.3}".format(x), "{0:>{1}}".format(n, 10), "{:{fill}^{width}}".format(7, fill="-", width=9), "{:,.2f}".format(1e7))
print("%.2f %5d %-5d| %+d %e %g %x %o %08.3f %%" % (x, n, 42, 5, y, 1e-5, 255, 8, x))
print(f"{1e21:f}"[:10], f"{1e-10:g}", f"{123456789:g}", f"{0.00001234:.2g}", f"{100:.2g}", f"{1e100:.3}")
print(f"{-0.0:.1f}", f"{-0.0:z.1f}", f"{-0.04:z.1f}", f"{0.0:+}", f"{-0.0}", f"{-1e-9:z.3f}")
val = 42
print(f"{val:{'>' if val > 10 else '<'}6}|", f"{val:0{w}}", format('nested', '^12'))
