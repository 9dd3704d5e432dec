# A width or precision that overflows a 64-bit integer is refused; a large one is honoured.
for spec in ['99999999999999999999', '.99999999999999999999', '>9223372036854775808']:
    for v in [1, 1.5, 'a']:
        try:
            format(v, spec)
        except ValueError as e:
            print(spec, type(v).__name__, e)
print(len(format(7, '1000003')), len(f"{'x':^{1000001}}"), len('{:<1000002}'.format(2.5)))
