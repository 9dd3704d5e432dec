def handle(event):
    match event:
        case {"kind": "a", "kind": "b"}:
            return 1
