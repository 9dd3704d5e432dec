def find(items, name):
    for it in items:
        if it["name"] == name:
            return it


user = find([{"name": "a", "email": "x"}], "b")
print(user["email"].lower())
