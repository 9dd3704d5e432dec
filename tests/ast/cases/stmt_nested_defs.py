def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
        class K:
            def m(self):
                return x
        return K
    return inner
