def handle(request):
    try:
        return request["body"]
    except KeyError:
        return request["headers"]["fallback"]


handle({"headers": {}})
