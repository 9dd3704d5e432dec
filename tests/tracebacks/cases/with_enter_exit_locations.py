class Resource:
    def __init__(self, name, fail_enter=False, fail_exit=False):
        self.name = name
        self.fail_enter = fail_enter
        self.fail_exit = fail_exit

    def __enter__(self):
        if self.fail_enter:
            raise OSError(f"cannot open {self.name}")
        return self

    def __exit__(self, *exc):
        if self.fail_exit:
            raise RuntimeError(f"cannot close {self.name}")
        return False


def use_exit_failure():
    with Resource("a", fail_exit=True) as r:
        print("using", r.name)


try:
    use_exit_failure()
except RuntimeError as e:
    print("caught:", e)

with Resource("outer"), \
        Resource("inner", fail_enter=True):
    print("never")
