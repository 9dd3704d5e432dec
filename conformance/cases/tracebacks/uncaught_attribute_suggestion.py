class Config:
    def __init__(self):
        self.timeout = 5
        self.retries = 3


c = Config()
print(c.timeout)
print(c.timout)
