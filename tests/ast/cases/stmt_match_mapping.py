match x:
    case {}:
        pass
    case {'a': 1}:
        pass
    case {'a': b, 'c': d}:
        pass
    case {'a': 1, **rest}:
        pass
    case {1: _, -1: _, None: _, a.b: _}:
        pass
    case {**rest}:
        pass
