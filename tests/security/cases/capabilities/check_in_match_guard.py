# expect: policy
match 1:
    case 1 if eval("True"):
        pass
