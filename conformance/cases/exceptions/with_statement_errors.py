class NoExit:
    def __enter__(self):
        return self


class NoEnter:
    def __exit__(self, *a):
        pass


for obj in [5, NoExit(), NoEnter(), None]:
    try:
        with obj:
            print("body")
    except TypeError as e:
        print(type(e).__name__, e)


class EnterFails:
    def __enter__(self):
        raise ValueError("enter failed")

    def __exit__(self, *a):
        print("exit is not called")


try:
    with EnterFails():
        print("body not run")
except ValueError as e:
    print("caught", e)


class ExitFails:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        raise RuntimeError(f"exit failed while handling {t.__name__ if t else None}")


try:
    with ExitFails():
        raise KeyError("body")
except RuntimeError as e:
    print(e, "| context:", repr(e.__context__))

try:
    with ExitFails():
        pass
except RuntimeError as e:
    print(e, "| context:", repr(e.__context__))


class Second:
    def __enter__(self):
        print("second enter")
        raise OSError("second enter failed")

    def __exit__(self, *a):
        print("second exit not called")


class First:
    def __enter__(self):
        print("first enter")
        return self

    def __exit__(self, t, v, tb):
        print("first exit sees", t.__name__, v)


try:
    with First(), Second():
        print("not reached")
except OSError as e:
    print("caught", e)


class InstanceAttrs:
    pass


obj = InstanceAttrs()
obj.__enter__ = lambda: 1
obj.__exit__ = lambda *a: None
try:
    with obj:
        pass
except TypeError as e:
    print(type(e).__name__, e)
with NoExit():
    pass
