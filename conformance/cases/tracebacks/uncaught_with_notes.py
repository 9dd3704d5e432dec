err = KeyError("cfg")
err.add_note("first note")
err.add_note("last note")
print(err.__notes__)
raise err
