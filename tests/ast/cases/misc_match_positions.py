match x:
    case [1, *r] as y if y:
        pass
    case {'a': b, **c}:
        pass
    case P(a, b=c) | None:
        pass
