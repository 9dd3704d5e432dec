a = '''one
two'''
b = """three
  four
"""
c = '''a'b"c'''
d = """\
x"""
e = r'''\n
'''
