# expect: limit=memory
# flags: --timeout 30
class E(Exception):
    def __str__(self):
        s = "x"
        while True:
            s += s
raise E()
