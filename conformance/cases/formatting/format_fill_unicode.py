print(format(42, "é^9"), format(42, "🐍>6"), format(-42, "中=8"), format(3.5, "€<8"), format("ab", "ü^6"), format(7, "\u00a0>4"))
print(f"{1234567:→>15,}", f"{-5:→=6}", format(1, ">>4"), format(1, "<<4"))
print(format(5, "0>4"), format(-5, "0>4"), format(-5, "0<4"), format(-5, "0^5"), format(-5, "05"), format(-5, "=05"))
print(format("s", "05"), format("s", "0<5"), format(1.5, "x=8"), format(-1.5, "x=8"), format(2**40, "_>20_"))
