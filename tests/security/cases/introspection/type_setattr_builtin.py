# expect: TypeError
type.__setattr__(str, "upper", None)
