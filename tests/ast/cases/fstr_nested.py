a = f'{f"{x}"}'
b = f'{"a" if x else "b"}'
c = f'''{f"{f'{x}'}"}'''
d = f'{x:{y}}'
