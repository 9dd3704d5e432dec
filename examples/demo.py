"""A short tour of what Krait runs: functions, classes, generators, exceptions."""


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        self.balance += amount
        return self

    def __repr__(self):
        return f"Account({self.owner!r}, balance={self.balance})"


def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1


print("fib(90) =", fib(90))
print("2**100 =", 2**100)
acct = Account("ada").deposit(50).deposit(25)
print(acct)
try:
    acct.deposit(-5)
except ValueError as e:
    print("refused:", e)

gen = primes()
print("first primes:", [next(gen) for _ in range(10)])
words = "the quick brown fox jumps over the lazy dog".split()
print("longest:", max(words, key=len), "| counts:", {w: words.count(w) for w in sorted(set(words)) if words.count(w) > 1})
print(f"pi ~ {sum(4 * (-1) ** k / (2 * k + 1) for k in range(10000)):.6f}")
