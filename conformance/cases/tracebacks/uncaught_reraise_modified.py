try:
    int("abc")
except ValueError as e:
    e.args = ("replaced message",)
    raise
