def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print('é%sü%d😀' % ('à', 5), '%s日本%s' % ('x', 'y'), '%-4s|%4s|' % ('日', '本'), '%.1s' % '😀😀', '%c' % 'ñ')
print('%(日)s' % {'日': 'jp'}, 'ééé%sééé' % 'x', len('%s' % ('é' * 1000)), '%5s|' % '😀', '%s' % 'ΣΑΣ'.lower())
