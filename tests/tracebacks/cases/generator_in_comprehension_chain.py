def read_lines():
    yield "1"
    yield "2"
    yield "x"


def parse(lines):
    for line in lines:
        yield int(line)


print(sum(v * 2 for v in parse(read_lines())))
