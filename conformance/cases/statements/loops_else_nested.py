# for/while else with break and continue in nested loops: which else blocks run, and else
# blocks that themselves break or continue the enclosing loop.
def grid_search(grid, target):
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v == target:
                break
        else:
            continue
        return (r, c)
    else:
        return None


print(grid_search([[1, 2], [3, 4]], 4), grid_search([[1, 2], [3, 4]], 5), grid_search([], 1))


def primes(limit):
    out = []
    n = 2
    while n < limit:
        for p in out:
            if p * p > n:
                out.append(n)
                break
            if n % p == 0:
                break
        else:
            out.append(n)
        n += 1
    return out


print(primes(40))


def else_breaks_outer(rows):
    log = []
    for row in rows:
        for v in row:
            if v < 0:
                log.append(f"negative {v}")
                break
        else:
            log.append(f"clean row {row}")
            break
    else:
        log.append("every row had a negative")
    return log


print(else_breaks_outer([[-1], [2, 3], [4]]))
print(else_breaks_outer([[-1], [-2]]))


def continue_on_last():
    log = []
    for i in range(3):
        if i == 2:
            continue
        log.append(i)
    else:
        log.append("else after continue on last item")
    n = 0
    while n < 3:
        n += 1
        if n == 3:
            continue
    else:
        log.append(f"while else, n={n}")
    return log


print(continue_on_last())


def while_false_else():
    log = []
    while False:
        log.append("never")
    else:
        log.append("else of a loop that never ran")
    for _ in ():
        log.append("never")
    else:
        log.append("else of an empty for")
    return log


print(while_false_else())


def triple():
    found = []
    for a in range(1, 20):
        for b in range(a, 20):
            for c in range(b, 20):
                if a * a + b * b == c * c:
                    found.append((a, b, c))
                    break
                if c * c > a * a + b * b:
                    break
            else:
                continue
            if len(found) >= 4:
                break
        else:
            continue
        break
    return found


print(triple())


def iterator_shared():
    it = iter(range(10))
    pairs = []
    for a in it:
        for b in it:
            pairs.append((a, b))
            break
        else:
            pairs.append((a, None))
    return pairs


print(iterator_shared())


def else_with_exception():
    try:
        for i in range(3):
            if i == 1:
                raise ValueError(i)
        else:
            print("not reached")
    except ValueError as e:
        return f"ValueError {e}, no else"


print(else_with_exception())
