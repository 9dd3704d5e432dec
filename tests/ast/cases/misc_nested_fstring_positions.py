f'{a}{b!r}{c:d}'
