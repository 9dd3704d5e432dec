a: dict[str, list[int]] = {}
