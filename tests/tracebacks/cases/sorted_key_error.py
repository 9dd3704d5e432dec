people = [{"name": "a", "age": 3}, {"name": "b"}]
people.sort(key=lambda p: p["age"])
