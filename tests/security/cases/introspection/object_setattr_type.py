# expect: TypeError
object.__setattr__(list, "append", None)
