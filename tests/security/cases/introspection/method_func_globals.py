# expect: AttributeError
# Through a bound method to its function, then to the globals.
class A:
    def m(self):
        pass
print(A().m.__func__.__globals__)
