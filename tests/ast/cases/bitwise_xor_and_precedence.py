# & binds tighter than ^, which binds tighter than |; tree-sitter ranks ^ above &.
a ^ b & c
a & b ^ c
a & b ^ c & d ^ e
a | b ^ c & d | e
a ^ b ^ c & d & e ^ f
(a ^ b) & c
a & (b ^ c)
a ^ b << c & d + e
x = -a & ~b ^ c ** d & e
[*a ^ b & c]
f(a & b ^ c, k=a ^ b & c)
a &= b ^ c & d
not a ^ b & c == d
