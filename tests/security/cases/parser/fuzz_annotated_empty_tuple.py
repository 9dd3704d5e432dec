# expect: SyntaxError
# Found by the fuzzer: an annotated assignment to `()` (an empty tuple, one token, no
# parentheses flag) pointed its error at the first element, which it does not have: a null
# dereference.
async def c():():
    pas
																																											finally:
    co.close()
