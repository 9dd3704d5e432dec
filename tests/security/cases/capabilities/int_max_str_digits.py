# expect: ok
# stdout: ok
import sys
if hasattr(sys, "set_int_max_str_digits"):
    sys.set_int_max_str_digits(0)   # unlimited, as in CPython; the other limits still hold
print("ok")
