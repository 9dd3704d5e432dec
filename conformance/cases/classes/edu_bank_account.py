class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f'need {needed}, have {available}')
        self.needed = needed
        self.available = available
class Account:
    _next_id = 1
    interest = 0.01
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []
    @property
    def balance(self):
        return self._balance
    @balance.setter
    def balance(self, v):
        raise AttributeError('use deposit() or withdraw()')
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f'deposit must be positive, got {amount}')
        self._balance += amount
        self.history.append(('deposit', amount))
        return self
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(('withdraw', amount))
        return self
    def apply_interest(self):
        self._balance = round(self._balance * (1 + self.interest), 2)
        return self
    def __repr__(self):
        return f'{type(self).__name__}(#{self.id}, {self.owner!r}, {self._balance})'
    def __eq__(self, o):
        return isinstance(o, Account) and self.id == o.id
    def __hash__(self):
        return hash(self.id)
    def __lt__(self, o):
        return self._balance < o._balance
class Savings(Account):
    interest = 0.05
    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == 'withdraw']) >= 2:
            raise RuntimeError('savings: withdrawal limit reached')
        return super().withdraw(amount)
a = Account('ann', 100)
s = Savings('sam', 1000)
a.deposit(50).withdraw(30).apply_interest()
s.apply_interest().withdraw(10).withdraw(10)
print(a, s, a.balance, s.balance, a.history, Account.interest, Savings.interest, s.interest)
for act in (lambda: a.withdraw(1000), lambda: a.deposit(-5), lambda: s.withdraw(1), lambda: setattr(a, 'balance', 5)):
    try:
        act()
    except (InsufficientFunds, ValueError, RuntimeError, AttributeError) as e:
        print(type(e).__name__, e, getattr(e, 'needed', ''))
accounts = sorted([s, a, Account('zed', 5)])
print(accounts, max(accounts).owner, a == a, a == s, len({a, a, s}), isinstance(s, Account), type(s).__mro__[1].__name__)
Account.interest = 0.02
print(a.interest, s.interest, Account('new').id)
try:
    a.withdraw(10 ** 6)
except InsufficientFunds as e:
    print(e.needed, e.available, e.args)
a.withdraw(10 ** 6)
