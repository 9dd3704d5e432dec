names = ['utf-8', 'UTF-8', 'utf8', 'U8', 'utf', 'UTF_8', ' utf 8 ', 'utf--8', 'cp65001', 'utf8_ucs4',
         'ascii', 'ASCII', 'us-ascii', 'US_ASCII', '646', 'ansi_x3.4-1968', 'ansi_x3.4_1986', 'iso646-us',
         'csascii', 'cp367', 'us', 'latin-1', 'latin1', 'LATIN_1', 'iso-8859-1', 'iso8859-1', 'ISO_8859-1',
         'l1', 'L1', 'latin', '8859', 'cp819', 'iso_ir_100', 'iso_8859_1_1987', 'utf-16', 'utf16', 'u16',
         'utf-16le', 'UTF-16-LE', 'utf_16_be', 'unicodelittleunmarked', 'utf-32', 'UTF32', 'utf-32be',
         'utf_32_le', 'utf-8-sig', 'UTF_8_SIG', 'utf8-sig']
for n in names:
    try:
        print(repr(n), 'h\xe9'.encode(n), b'hi'.decode(n) if '16' not in n and '32' not in n else '')
    except Exception as e:
        print(repr(n), type(e).__name__, e)
