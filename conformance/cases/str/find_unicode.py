def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


s = 'naïve café — ünïcödé 😀 text 😀 end'
for sub in ['é', 'ï', '😀', 'text', ' ', 'café', '—', 'ü']:
    print(sub, s.find(sub), s.rfind(sub), s.count(sub), s.index(sub), s.rindex(sub))
print(s.find('😀', 20), s.rfind('😀', 0, 25), s.find('e', -5), s.find('é', 3, 8))
print(s[s.find('😀'):s.find('😀') + 1], s[s.rfind('ü'):])
long = 'αβγ' * 1000 + 'needle' + 'δ' * 1000
print(long.find('needle'), long.rfind('needle'), long.count('β'), long.find('δ', 3005), long.rfind('γ', 0, 50))
