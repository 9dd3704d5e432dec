match cmd.split():
    case [action]:
        pass
    case [action, obj] if obj in valid:
        pass
    case Point(x=0, y=0) | Point(x=1, y=1):
        pass
    case {'type': 'move', 'to': (x, y), **rest}:
        pass
    case [Point(x=0), *others] as pts:
        pass
    case str() | bytes():
        pass
    case _:
        pass
