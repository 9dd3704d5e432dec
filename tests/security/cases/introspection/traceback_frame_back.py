# expect: AttributeError
def f():
    raise ValueError
try:
    f()
except ValueError as e:
    print(e.__traceback__.tb_next.tb_frame.f_back.f_builtins)
