class Account:
    interest_rate = 0.02
    def __init__(self):
        self.balance = 100
        self.owner = 'ann'
    def deposit(self, n):
        self.balance += n
a = Account()
for name in ('balanse', 'ownr', 'deposti', 'interest_rat', 'xyz', 'BALANCE', 'balance_'):
    try:
        getattr(a, name)
    except AttributeError as e:
        print(type(e).__name__, e, '|', e.name, e.obj is a)
try:
    Account.depost
except AttributeError as e:
    print(type(e).__name__, e, '|', e.name)
class Slotted:
    __slots__ = ('alpha', 'beta')
s = Slotted()
try:
    s.alpha
except AttributeError as e:
    print(type(e).__name__, e)
try:
    s.alpah = 1
except AttributeError as e:
    print(type(e).__name__, e)
a.balanse
