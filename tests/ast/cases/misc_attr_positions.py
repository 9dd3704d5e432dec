a.b.c
(a).b
a.b[0].c
