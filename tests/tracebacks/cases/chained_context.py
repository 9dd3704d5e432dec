def read_config(d):
    try:
        return d["path"]
    except KeyError:
        raise RuntimeError("config incomplete")


read_config({})
