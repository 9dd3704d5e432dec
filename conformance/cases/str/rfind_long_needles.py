def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


hay = ('abcdefghij' * 50) + 'abcdefghiX' + ('abcdefghij' * 50)
needles = ['abcdefghiX', 'ghijabcdefghiX', 'abcdefghijabcdefghij', 'jabcdefghiXa', 'XXXXXXXXXXXX', 'abcdefghij' * 51, 'hijabcdefg', 'é' * 10]
for n in needles:
    print(len(n), hay.find(n), hay.rfind(n), hay.count(n), hay.rfind(n, 0, 500), hay.rfind(n, 10, 520), hay.find(n, 501))
u = ('αβγδεζηθικ' * 40) + 'NEEDLE-XYZ' + ('αβγδεζηθικ' * 40)
print(u.rfind('NEEDLE-XYZ'), u.rfind('κNEEDLE-XYZα'), u.rfind('αβγδεζηθικαβ'), u.rindex('θικαβγδεζηθ'), u.rsplit('NEEDLE-XYZ')[1][:3], u.rpartition('ικαβγδεζηθικ')[2][:5])
