a = f'''{f"{f'{x}'}"}'''
b = f"{'a' if x else 'b'!r:>{w}}"
c = f'{x}' f"{y}" f'''{z}''' f"""{w}"""
