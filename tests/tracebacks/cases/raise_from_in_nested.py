class StorageError(Exception):
    pass


def read(path):
    raise FileNotFoundError(2, "No such file or directory", path)


def load(path):
    try:
        return read(path)
    except OSError as e:
        raise StorageError(f"could not load {path}") from e


def main():
    load("settings.json")


main()
