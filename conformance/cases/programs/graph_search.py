# Breadth-first and depth-first search, shortest paths and cycle detection on a small graph.
from math import inf

edges = [("a", "b", 4), ("a", "c", 1), ("c", "b", 2), ("b", "d", 5), ("c", "d", 8),
         ("d", "e", 3), ("e", "f", 1), ("f", "d", 2), ("g", "h", 1)]
graph = {}
for u, v, w in edges:
    graph.setdefault(u, []).append((v, w))
    graph.setdefault(v, [])


def bfs(start):
    seen, order, queue = {start}, [], [start]
    while queue:
        node = queue.pop(0)
        order.append(node)
        for nxt, _ in sorted(graph[node]):
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return order


def dfs(node, seen=None):
    seen = [] if seen is None else seen
    seen.append(node)
    for nxt, _ in graph[node]:
        if nxt not in seen:
            dfs(nxt, seen)
    return seen


def dijkstra(src):
    dist = {n: inf for n in graph}
    dist[src] = 0
    todo = set(graph)
    while todo:
        u = min(todo, key=lambda n: (dist[n], n))
        todo.remove(u)
        if dist[u] == inf:
            break
        for v, w in graph[u]:
            if dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
    return dist


def has_cycle():
    state = {}

    def visit(n):
        state[n] = "open"
        for m, _ in graph[n]:
            if state.get(m) == "open" or (m not in state and visit(m)):
                return True
        state[n] = "done"
        return False
    return any(visit(n) for n in sorted(graph) if n not in state)


print("bfs", bfs("a"))
print("dfs", dfs("a"))
print("dist", sorted(dijkstra("a").items()))
print("unreachable", [n for n, d in sorted(dijkstra("a").items()) if d == inf])
print("cycle", has_cycle())
