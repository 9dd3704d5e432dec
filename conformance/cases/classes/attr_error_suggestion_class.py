class Config:
    verbose = True
    def load(self):
        pass
Config.verbos
