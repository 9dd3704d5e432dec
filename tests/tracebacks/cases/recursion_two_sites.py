def visit(n):
    if n % 2:
        return visit(n + 1)
    return visit(n + 1)


visit(0)
