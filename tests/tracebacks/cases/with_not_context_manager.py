def process(path):
    with path:
        return path.read()


process("data.txt")
