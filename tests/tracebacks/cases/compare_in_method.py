class Version:
    def __init__(self, s):
        self.parts = s.split(".")

    def __lt__(self, other):
        return self.parts < other.parts


print(Version("1.2") < Version("1.10"))
print(Version("1.2") < "1.3")
