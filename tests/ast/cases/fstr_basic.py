a = f'hello {name}'
b = f"{x}{y}"
c = f''
d = f'plain'
e = F'{x}'
