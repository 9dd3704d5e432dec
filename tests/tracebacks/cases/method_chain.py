class Builder:
    def __init__(self):
        self.parts = []

    def add(self, p):
        self.parts.append(p)
        return self

    def build(self):
        return None


text = Builder().add("a").add("b").build().upper()
