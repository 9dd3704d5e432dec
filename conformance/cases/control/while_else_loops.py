n = 0
while n < 3:
    n += 1
else:
    print("while else", n)
n = 0
while True:
    n += 1
    if n > 4:
        break
else:
    print("never")
print("broke at", n)
n = 10
while n:
    n -= 3
    if n < 0:
        print("negative", n)
        break
else:
    print("never")
items = [3, 1, 4, 1, 5]
while items:
    x = items.pop()
    if x == 4:
        continue
    print("popped", x)
print(items)
count = 0
while count < 3:
    count += 1
    try:
        if count == 2:
            break
    finally:
        print("finally", count)
else:
    print("never")


def countdown(k):
    while k > 0:
        yield k
        k -= 1
    else:
        yield "liftoff"


print(list(countdown(3)))
i = 0
while (i := i + 1) < 4:
    print("walrus loop", i)
