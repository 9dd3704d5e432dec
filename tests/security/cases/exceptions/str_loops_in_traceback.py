# expect: limit=time
# Formatting the uncaught exception runs Python code; it must not run outside the limits.
class E(Exception):
    def __str__(self):
        while True:
            pass
raise E()
