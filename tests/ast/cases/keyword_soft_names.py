match = case = _ = type = 1
match(case)
match[case]
match.case = type
_ + match
