a: int = 1
b.c: str
