# A small state machine for orders, with enum-like classes, match and an audit log.
class State:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"<{self.name}>"


NEW, PAID, SHIPPED, DONE, CANCELLED = (State(n) for n in ["new", "paid", "shipped", "done", "cancelled"])
TRANSITIONS = {
    (NEW, "pay"): PAID, (NEW, "cancel"): CANCELLED, (PAID, "ship"): SHIPPED,
    (PAID, "cancel"): CANCELLED, (SHIPPED, "deliver"): DONE,
}


class Order:
    counter = 0

    def __init__(self, *items, **meta):
        Order.counter += 1
        self.id = Order.counter
        self.items = list(items)
        self.meta = meta
        self.state = NEW
        self.log = []

    def apply(self, event, **info):
        key = (self.state, event)
        if key not in TRANSITIONS:
            raise RuntimeError(f"order {self.id}: cannot {event} when {self.state.name}")
        old, self.state = self.state, TRANSITIONS[key]
        self.log.append((old.name, event, self.state.name, tuple(sorted(info.items()))))
        return self

    def describe(self):
        match self.state, self.items:
            case (s, []) if s is NEW:
                return "empty new order"
            case (s, [single]) if s in (NEW, PAID):
                return f"one item: {single}"
            case (s, [first, *rest]) if s is SHIPPED:
                return f"shipped {first} and {len(rest)} more"
            case (State(name=n), items):
                return f"{n} with {len(items)} items"


orders = [Order(), Order("book"), Order("pen", "ink", "paper", gift=True)]
for o in orders:
    print(o.id, o.describe(), o.meta)
orders[1].apply("pay", amount=12).apply("ship", carrier="post")
orders[2].apply("pay").apply("ship")
print(orders[2].describe(), "|", orders[1].describe())
for o, ev in [(orders[0], "ship"), (orders[2], "deliver"), (orders[2], "cancel"), (orders[0], "cancel")]:
    try:
        o.apply(ev)
        print(o.id, ev, "->", o.state)
    except RuntimeError as e:
        print("refused:", e)
for o in orders:
    print(o.id, o.log)
print(Order.counter, orders[0].counter, [o.state for o in orders])
