words = "the quick brown fox jumps over the lazy dog and then some more words appear here".split()
s = set(words)
print(s, len(s))
s2 = set()
for w in reversed(words):
    s2.add(w)
print(s2, s == s2)
print({w[0] for w in words}, {len(w) for w in words}, set("mississippi"), set("abracadabra"))
letters = set("abcdefghijklmnopqrstuvwxyz")
vowels = set("aeiou")
print(letters - vowels, vowels & set("hello world"), vowels ^ set("aeiy"), sorted(letters)[::5])
names = ["Alice", "Bob", "Carol", "Dave", "Eve", "Frank", "Grace", "Heidi"]
print(set(names), set(n.lower() for n in names), {n[:2] for n in names})
for i in range(len(names)):
    print(set(names[:i]))
