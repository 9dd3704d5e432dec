# Empty f-strings, alone and next to other literals.  (Found by the fuzzer: the scanner took
# the body of an empty string to end one byte before it began, pointer arithmetic that clang's
# UndefinedBehaviorSanitizer reports; this file is also a seed of `make fuzz`.)
x = f""
print(repr(x), repr(f"" f"{1}"), repr(f"" ""), repr(rf""), repr(fr''), repr(F''))
print(repr(f"{''}"), repr(f"{f''}"), repr(f"""""" ), repr(f''''''), len(f""))
print([f"" for _ in range(2)], f"" == "", f"".join(["a", "b"]))
