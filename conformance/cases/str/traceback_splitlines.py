'a\nb'.splitlines(keepends=10**30)
