# Word frequencies, line statistics and a justified report, as a student exercise would do.
text = """The quick brown fox jumps over the lazy dog.
The dog barks; the fox runs away!
   A quick   return: the fox is gone, and the dog sleeps.

Numbers like 42 and 3.14 are not words, but "quoted" words are."""

lines = text.splitlines()
print(len(lines), "lines;", sum(1 for l in lines if not l.strip()), "blank")
words = []
for line in lines:
    for raw in line.split():
        w = raw.strip(".,;:!?\"'").lower()
        if w.isalpha():
            words.append(w)
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
width = max(len(w) for w, _ in top)
for w, n in top:
    print(f"{w:<{width}} | {'#' * n:<5} | {n:>3}")
print("longest:", max(words, key=len), "| shortest:", min(words, key=len))
print("avg length: %.3f" % (sum(map(len, words)) / len(words)))
print("capitalised:", sorted({w for w in text.split() if w[:1].isupper()}))
print("numbers:", [float(t) if "." in t else int(t) for t in text.split() if t.replace(".", "", 1).isdigit()])
vowels = sum(text.lower().count(v) for v in "aeiou")
print("vowels:", vowels, "ratio: {:.2%}".format(vowels / len(text)))
print("title:", lines[0].title().center(50, "*"))
acr = "".join(w[0] for w in lines[1].split()).upper()
print("acronym:", acr, acr[::-1], acr.swapcase())
by_len = {}
for w in sorted(set(words)):
    by_len.setdefault(len(w), []).append(w)
for n in sorted(by_len):
    print(n, ", ".join(by_len[n]))
