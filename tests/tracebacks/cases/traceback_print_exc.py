import traceback


def risky(data):
    return data["key"] * 2


for item in [{"key": 1}, {}, {"key": "ab"}]:
    try:
        print(risky(item))
    except Exception:
        traceback.print_exc()
        print("continuing")
