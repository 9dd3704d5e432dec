def process(items):
    results = []
    for item in items:
        try:
            if item is None:
                continue
            if item < 0:
                break
            results.append(10 // item)
        except ZeroDivisionError:
            results.append("div0")
            continue
        else:
            results.append("ok")
        finally:
            results.append("f")
    else:
        results.append("completed")
    return results


print(process([1, 0, None, 5]))
print(process([2, -1, 3]))


def retry(attempts):
    n = 0
    while True:
        n += 1
        try:
            if n < attempts:
                raise ConnectionError(f"attempt {n} failed")
            return f"succeeded after {n}"
        except ConnectionError as e:
            print("retrying:", e)
            if n >= 5:
                raise


print(retry(3))
try:
    retry(10)
except ConnectionError as e:
    print("gave up:", e)


def first_valid(values):
    for v in values:
        try:
            return int(v)
        except ValueError:
            continue
        finally:
            print("checked", repr(v))
    return None


print(first_valid(["a", "b", "7", "8"]))
print(first_valid([]))
errors = []
for raw in ["1", "x", "3", "", "5"]:
    try:
        errors.append(int(raw))
    except ValueError as e:
        errors.append(str(e))
print(errors)
