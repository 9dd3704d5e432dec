# expect: limit=time
class Base:
    def __init_subclass__(cls):
        while True:
            pass
class Child(Base):
    pass
