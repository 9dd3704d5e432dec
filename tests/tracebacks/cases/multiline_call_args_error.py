def total(a, b, c):
    return a + b + c


value = total(
    1,
    int("2"),
    int("three"),
)
