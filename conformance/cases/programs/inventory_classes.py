# An inventory with validation, custom exceptions, properties and reports.
class InventoryError(Exception):
    pass


class OutOfStock(InventoryError):
    def __init__(self, sku, wanted, have):
        super().__init__(f"{sku}: wanted {wanted}, have {have}")
        self.sku, self.wanted, self.have = sku, wanted, have


class Item:
    __slots__ = ("sku", "name", "_price", "qty")

    def __init__(self, sku, name, price, qty=0):
        self.sku, self.name, self.qty = sku, name, qty
        self.price = price

    @property
    def price(self):
        return self._price

    @price.setter
    def price(self, value):
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            raise TypeError(f"price must be a number, not {type(value).__name__}")
        if value < 0:
            raise ValueError("price must be non-negative")
        self._price = round(value, 2)

    def __repr__(self):
        return f"Item({self.sku!r}, {self.name!r}, {self.price}, qty={self.qty})"


class Inventory:
    def __init__(self):
        self._items = {}

    def add(self, item):
        if item.sku in self._items:
            raise InventoryError(f"duplicate sku {item.sku}")
        self._items[item.sku] = item
        return self

    def take(self, sku, n):
        try:
            item = self._items[sku]
        except KeyError:
            raise InventoryError(f"unknown sku {sku}") from None
        if item.qty < n:
            raise OutOfStock(sku, n, item.qty)
        item.qty -= n
        return item.price * n

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(sorted(self._items.values(), key=lambda i: (-i.qty, i.sku)))

    def __contains__(self, sku):
        return sku in self._items

    def value(self):
        return round(sum(i.price * i.qty for i in self._items.values()), 2)


inv = Inventory()
inv.add(Item("A1", "bolt", 0.25, 100)).add(Item("B2", "nut", 0.1, 250)).add(Item("C3", "gear", 12.5, 4))
print(len(inv), "A1" in inv, "Z9" in inv, inv.value())
for item in inv:
    print(" ", item)
print(inv.take("C3", 2), inv.value())
for sku, n in [("C3", 5), ("Z9", 1), ("A1", 10)]:
    try:
        print("took", sku, inv.take(sku, n))
    except OutOfStock as e:
        print("out of stock:", e, e.args, (e.sku, e.wanted, e.have))
    except InventoryError as e:
        print("error:", e, e.__cause__, e.__suppress_context__)
for bad in ["x", -1, True, 3.14159]:
    try:
        inv.add(Item("D" + str(len(inv)), "thing", bad))
        print("added", list(inv)[-1])
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    inv.add(Item("A1", "again", 1))
except InventoryError as e:
    print(repr(e))
try:
    Item("E", "e", 1).color = "red"
except AttributeError as e:
    print("AttributeError", e)
