def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for x in ["hello world", "HELLO WORLD", "hello_world", "hello-world", "hello.world", "o'neil", "o’neil", "3rd place", "x2y", "ǆungla ǉubav ǌego",
          "ﬂoor ﬁsh", "straße", "émile zola", "αβγ δεζ", "ΑΒΓ ΔΕΖ", "日本 hello", "a1b2c3", "ab\u0301cd", "i̇stanbul", "ǰane", "ʼnothing", "áé íó"]:
    print(repr(x), repr(x.title()), x.title().istitle(), repr(x.capitalize()), x.istitle())
