x = f'a{b!r:>{w}} {c=}' 'z'
y = f'''ab
  cd {x} {
z} {  w
}'''
