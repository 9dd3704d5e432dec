# expect: IndentationError
# Found by the fuzzer: the diagnosis of this syntax error asked for a neighbour node that
# does not exist (a null node), which crashed. CPython reports the unexpected indent on line 4.
    def __init__(self, n): self.n = n; self.i = 0 
   def __iter__(self): return self
print(2 in IterOnly(), 5 in Iter       raise StopIteration
        self.i += 1
print(next(c), next(c), next(c, 'done'def classify(exc):
        print("matched before bad element")