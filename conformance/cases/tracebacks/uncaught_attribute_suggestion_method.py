words = ["b", "a"]
words.sort()
words.apend("c")
