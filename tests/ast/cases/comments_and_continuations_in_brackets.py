# A comment or a line continuation after every token inside brackets (tree-sitter makes them
# named children wherever they fall).
x = (  # c
1 if y else 2)
x = ( \
 1 if y else 2)
x = (1  # c
 if y else 2)
x = (1 \
  if y else 2)
x = (1 if  # c
 y else 2)
x = (1 if \
  y else 2)
x = (1 if y  # c
 else 2)
x = (1 if y \
  else 2)
x = (1 if y else  # c
 2)
x = (1 if y else \
  2)
x = (1 if y else 2  # c
)
x = (1 if y else 2 \
 )
x = (  # c
lambda a, b=1, *c, d, **e: a)
x = ( \
 lambda a, b=1, *c, d, **e: a)
x = (lambda  # c
 a, b=1, *c, d, **e: a)
x = (lambda \
  a, b=1, *c, d, **e: a)
x = (lambda a  # c
, b=1, *c, d, **e: a)
x = (lambda a \
 , b=1, *c, d, **e: a)
x = (lambda a,  # c
 b=1, *c, d, **e: a)
x = (lambda a, \
  b=1, *c, d, **e: a)
x = (lambda a, b  # c
=1, *c, d, **e: a)
x = (lambda a, b \
 =1, *c, d, **e: a)
x = (lambda a, b=  # c
1, *c, d, **e: a)
x = (lambda a, b= \
 1, *c, d, **e: a)
x = (lambda a, b=1  # c
, *c, d, **e: a)
x = (lambda a, b=1 \
 , *c, d, **e: a)
x = (lambda a, b=1,  # c
 *c, d, **e: a)
x = (lambda a, b=1, \
  *c, d, **e: a)
x = (lambda a, b=1, *  # c
c, d, **e: a)
x = (lambda a, b=1, * \
 c, d, **e: a)
x = (lambda a, b=1, *c  # c
, d, **e: a)
x = (lambda a, b=1, *c \
 , d, **e: a)
x = (lambda a, b=1, *c,  # c
 d, **e: a)
x = (lambda a, b=1, *c, \
  d, **e: a)
x = (lambda a, b=1, *c, d  # c
, **e: a)
x = (lambda a, b=1, *c, d \
 , **e: a)
x = (lambda a, b=1, *c, d,  # c
 **e: a)
x = (lambda a, b=1, *c, d, \
  **e: a)
x = (lambda a, b=1, *c, d, **  # c
e: a)
x = (lambda a, b=1, *c, d, ** \
 e: a)
x = (lambda a, b=1, *c, d, **e  # c
: a)
x = (lambda a, b=1, *c, d, **e \
 : a)
x = (lambda a, b=1, *c, d, **e:  # c
 a)
x = (lambda a, b=1, *c, d, **e: \
  a)
x = (lambda a, b=1, *c, d, **e: a  # c
)
x = (lambda a, b=1, *c, d, **e: a \
 )
x = (  # c
a[1:2:3], a[::2], a[1, 2])
x = ( \
 a[1:2:3], a[::2], a[1, 2])
x = (a  # c
[1:2:3], a[::2], a[1, 2])
x = (a \
 [1:2:3], a[::2], a[1, 2])
x = (a[  # c
1:2:3], a[::2], a[1, 2])
x = (a[ \
 1:2:3], a[::2], a[1, 2])
x = (a[1  # c
:2:3], a[::2], a[1, 2])
x = (a[1 \
 :2:3], a[::2], a[1, 2])
x = (a[1:  # c
2:3], a[::2], a[1, 2])
x = (a[1: \
 2:3], a[::2], a[1, 2])
x = (a[1:2  # c
:3], a[::2], a[1, 2])
x = (a[1:2 \
 :3], a[::2], a[1, 2])
x = (a[1:2:  # c
3], a[::2], a[1, 2])
x = (a[1:2: \
 3], a[::2], a[1, 2])
x = (a[1:2:3  # c
], a[::2], a[1, 2])
x = (a[1:2:3 \
 ], a[::2], a[1, 2])
x = (a[1:2:3]  # c
, a[::2], a[1, 2])
x = (a[1:2:3] \
 , a[::2], a[1, 2])
x = (a[1:2:3],  # c
 a[::2], a[1, 2])
x = (a[1:2:3], \
  a[::2], a[1, 2])
x = (a[1:2:3], a  # c
[::2], a[1, 2])
x = (a[1:2:3], a \
 [::2], a[1, 2])
x = (a[1:2:3], a[  # c
::2], a[1, 2])
x = (a[1:2:3], a[ \
 ::2], a[1, 2])
x = (a[1:2:3], a[:  # c
:2], a[1, 2])
x = (a[1:2:3], a[: \
 :2], a[1, 2])
x = (a[1:2:3], a[::  # c
2], a[1, 2])
x = (a[1:2:3], a[:: \
 2], a[1, 2])
x = (a[1:2:3], a[::2  # c
], a[1, 2])
x = (a[1:2:3], a[::2 \
 ], a[1, 2])
x = (a[1:2:3], a[::2]  # c
, a[1, 2])
x = (a[1:2:3], a[::2] \
 , a[1, 2])
x = (a[1:2:3], a[::2],  # c
 a[1, 2])
x = (a[1:2:3], a[::2], \
  a[1, 2])
x = (a[1:2:3], a[::2], a  # c
[1, 2])
x = (a[1:2:3], a[::2], a \
 [1, 2])
x = (a[1:2:3], a[::2], a[  # c
1, 2])
x = (a[1:2:3], a[::2], a[ \
 1, 2])
x = (a[1:2:3], a[::2], a[1  # c
, 2])
x = (a[1:2:3], a[::2], a[1 \
 , 2])
x = (a[1:2:3], a[::2], a[1,  # c
 2])
x = (a[1:2:3], a[::2], a[1, \
  2])
x = (a[1:2:3], a[::2], a[1, 2  # c
])
x = (a[1:2:3], a[::2], a[1, 2 \
 ])
x = (a[1:2:3], a[::2], a[1, 2]  # c
)
x = (a[1:2:3], a[::2], a[1, 2] \
 )
x = (  # c
not a, -b, a.b.c, f(a, *b, c=1, **d))
x = ( \
 not a, -b, a.b.c, f(a, *b, c=1, **d))
x = (not  # c
 a, -b, a.b.c, f(a, *b, c=1, **d))
x = (not \
  a, -b, a.b.c, f(a, *b, c=1, **d))
x = (not a  # c
, -b, a.b.c, f(a, *b, c=1, **d))
x = (not a \
 , -b, a.b.c, f(a, *b, c=1, **d))
x = (not a,  # c
 -b, a.b.c, f(a, *b, c=1, **d))
x = (not a, \
  -b, a.b.c, f(a, *b, c=1, **d))
x = (not a, -  # c
b, a.b.c, f(a, *b, c=1, **d))
x = (not a, - \
 b, a.b.c, f(a, *b, c=1, **d))
x = (not a, -b  # c
, a.b.c, f(a, *b, c=1, **d))
x = (not a, -b \
 , a.b.c, f(a, *b, c=1, **d))
x = (not a, -b,  # c
 a.b.c, f(a, *b, c=1, **d))
x = (not a, -b, \
  a.b.c, f(a, *b, c=1, **d))
x = (not a, -b, a  # c
.b.c, f(a, *b, c=1, **d))
x = (not a, -b, a \
 .b.c, f(a, *b, c=1, **d))
x = (not a, -b, a.  # c
b.c, f(a, *b, c=1, **d))
x = (not a, -b, a. \
 b.c, f(a, *b, c=1, **d))
x = (not a, -b, a.b  # c
.c, f(a, *b, c=1, **d))
x = (not a, -b, a.b \
 .c, f(a, *b, c=1, **d))
x = (not a, -b, a.b.  # c
c, f(a, *b, c=1, **d))
x = (not a, -b, a.b. \
 c, f(a, *b, c=1, **d))
x = (not a, -b, a.b.c  # c
, f(a, *b, c=1, **d))
x = (not a, -b, a.b.c \
 , f(a, *b, c=1, **d))
x = (not a, -b, a.b.c,  # c
 f(a, *b, c=1, **d))
x = (not a, -b, a.b.c, \
  f(a, *b, c=1, **d))
x = (not a, -b, a.b.c, f  # c
(a, *b, c=1, **d))
x = (not a, -b, a.b.c, f \
 (a, *b, c=1, **d))
x = (not a, -b, a.b.c, f(  # c
a, *b, c=1, **d))
x = (not a, -b, a.b.c, f( \
 a, *b, c=1, **d))
x = (not a, -b, a.b.c, f(a  # c
, *b, c=1, **d))
x = (not a, -b, a.b.c, f(a \
 , *b, c=1, **d))
x = (not a, -b, a.b.c, f(a,  # c
 *b, c=1, **d))
x = (not a, -b, a.b.c, f(a, \
  *b, c=1, **d))
x = (not a, -b, a.b.c, f(a, *  # c
b, c=1, **d))
x = (not a, -b, a.b.c, f(a, * \
 b, c=1, **d))
x = (not a, -b, a.b.c, f(a, *b  # c
, c=1, **d))
x = (not a, -b, a.b.c, f(a, *b \
 , c=1, **d))
x = (not a, -b, a.b.c, f(a, *b,  # c
 c=1, **d))
x = (not a, -b, a.b.c, f(a, *b, \
  c=1, **d))
x = (not a, -b, a.b.c, f(a, *b, c  # c
=1, **d))
x = (not a, -b, a.b.c, f(a, *b, c \
 =1, **d))
x = (not a, -b, a.b.c, f(a, *b, c=  # c
1, **d))
x = (not a, -b, a.b.c, f(a, *b, c= \
 1, **d))
x = (not a, -b, a.b.c, f(a, *b, c=1  # c
, **d))
x = (not a, -b, a.b.c, f(a, *b, c=1 \
 , **d))
x = (not a, -b, a.b.c, f(a, *b, c=1,  # c
 **d))
x = (not a, -b, a.b.c, f(a, *b, c=1, \
  **d))
x = (not a, -b, a.b.c, f(a, *b, c=1, **  # c
d))
x = (not a, -b, a.b.c, f(a, *b, c=1, ** \
 d))
x = (not a, -b, a.b.c, f(a, *b, c=1, **d  # c
))
x = (not a, -b, a.b.c, f(a, *b, c=1, **d \
 ))
x = (not a, -b, a.b.c, f(a, *b, c=1, **d)  # c
)
x = (not a, -b, a.b.c, f(a, *b, c=1, **d) \
 )
x = (  # c
a and b or c, a < b <= c, a is not b, a not in b)
x = ( \
 a and b or c, a < b <= c, a is not b, a not in b)
x = (a  # c
 and b or c, a < b <= c, a is not b, a not in b)
x = (a \
  and b or c, a < b <= c, a is not b, a not in b)
x = (a and  # c
 b or c, a < b <= c, a is not b, a not in b)
x = (a and \
  b or c, a < b <= c, a is not b, a not in b)
x = (a and b  # c
 or c, a < b <= c, a is not b, a not in b)
x = (a and b \
  or c, a < b <= c, a is not b, a not in b)
x = (a and b or  # c
 c, a < b <= c, a is not b, a not in b)
x = (a and b or \
  c, a < b <= c, a is not b, a not in b)
x = (a and b or c  # c
, a < b <= c, a is not b, a not in b)
x = (a and b or c \
 , a < b <= c, a is not b, a not in b)
x = (a and b or c,  # c
 a < b <= c, a is not b, a not in b)
x = (a and b or c, \
  a < b <= c, a is not b, a not in b)
x = (a and b or c, a  # c
 < b <= c, a is not b, a not in b)
x = (a and b or c, a \
  < b <= c, a is not b, a not in b)
x = (a and b or c, a <  # c
 b <= c, a is not b, a not in b)
x = (a and b or c, a < \
  b <= c, a is not b, a not in b)
x = (a and b or c, a < b  # c
 <= c, a is not b, a not in b)
x = (a and b or c, a < b \
  <= c, a is not b, a not in b)
x = (a and b or c, a < b <=  # c
 c, a is not b, a not in b)
x = (a and b or c, a < b <= \
  c, a is not b, a not in b)
x = (a and b or c, a < b <= c  # c
, a is not b, a not in b)
x = (a and b or c, a < b <= c \
 , a is not b, a not in b)
x = (a and b or c, a < b <= c,  # c
 a is not b, a not in b)
x = (a and b or c, a < b <= c, \
  a is not b, a not in b)
x = (a and b or c, a < b <= c, a  # c
 is not b, a not in b)
x = (a and b or c, a < b <= c, a \
  is not b, a not in b)
x = (a and b or c, a < b <= c, a is  # c
 not b, a not in b)
x = (a and b or c, a < b <= c, a is \
  not b, a not in b)
x = (a and b or c, a < b <= c, a is not  # c
 b, a not in b)
x = (a and b or c, a < b <= c, a is not \
  b, a not in b)
x = (a and b or c, a < b <= c, a is not b  # c
, a not in b)
x = (a and b or c, a < b <= c, a is not b \
 , a not in b)
x = (a and b or c, a < b <= c, a is not b,  # c
 a not in b)
x = (a and b or c, a < b <= c, a is not b, \
  a not in b)
x = (a and b or c, a < b <= c, a is not b, a  # c
 not in b)
x = (a and b or c, a < b <= c, a is not b, a \
  not in b)
x = (a and b or c, a < b <= c, a is not b, a not  # c
 in b)
x = (a and b or c, a < b <= c, a is not b, a not \
  in b)
x = (a and b or c, a < b <= c, a is not b, a not in  # c
 b)
x = (a and b or c, a < b <= c, a is not b, a not in \
  b)
x = (a and b or c, a < b <= c, a is not b, a not in b  # c
)
x = (a and b or c, a < b <= c, a is not b, a not in b \
 )
x = [  # c
i for i in range(3) if i for j in k]
x = [ \
 i for i in range(3) if i for j in k]
x = [i  # c
 for i in range(3) if i for j in k]
x = [i \
  for i in range(3) if i for j in k]
x = [i for  # c
 i in range(3) if i for j in k]
x = [i for \
  i in range(3) if i for j in k]
x = [i for i  # c
 in range(3) if i for j in k]
x = [i for i \
  in range(3) if i for j in k]
x = [i for i in  # c
 range(3) if i for j in k]
x = [i for i in \
  range(3) if i for j in k]
x = [i for i in range  # c
(3) if i for j in k]
x = [i for i in range \
 (3) if i for j in k]
x = [i for i in range(  # c
3) if i for j in k]
x = [i for i in range( \
 3) if i for j in k]
x = [i for i in range(3  # c
) if i for j in k]
x = [i for i in range(3 \
 ) if i for j in k]
x = [i for i in range(3)  # c
 if i for j in k]
x = [i for i in range(3) \
  if i for j in k]
x = [i for i in range(3) if  # c
 i for j in k]
x = [i for i in range(3) if \
  i for j in k]
x = [i for i in range(3) if i  # c
 for j in k]
x = [i for i in range(3) if i \
  for j in k]
x = [i for i in range(3) if i for  # c
 j in k]
x = [i for i in range(3) if i for \
  j in k]
x = [i for i in range(3) if i for j  # c
 in k]
x = [i for i in range(3) if i for j \
  in k]
x = [i for i in range(3) if i for j in  # c
 k]
x = [i for i in range(3) if i for j in \
  k]
x = [i for i in range(3) if i for j in k  # c
]
x = [i for i in range(3) if i for j in k \
 ]
x = {  # c
k: v for k, v in d.items()}
x = { \
 k: v for k, v in d.items()}
x = {k  # c
: v for k, v in d.items()}
x = {k \
 : v for k, v in d.items()}
x = {k:  # c
 v for k, v in d.items()}
x = {k: \
  v for k, v in d.items()}
x = {k: v  # c
 for k, v in d.items()}
x = {k: v \
  for k, v in d.items()}
x = {k: v for  # c
 k, v in d.items()}
x = {k: v for \
  k, v in d.items()}
x = {k: v for k  # c
, v in d.items()}
x = {k: v for k \
 , v in d.items()}
x = {k: v for k,  # c
 v in d.items()}
x = {k: v for k, \
  v in d.items()}
x = {k: v for k, v  # c
 in d.items()}
x = {k: v for k, v \
  in d.items()}
x = {k: v for k, v in  # c
 d.items()}
x = {k: v for k, v in \
  d.items()}
x = {k: v for k, v in d  # c
.items()}
x = {k: v for k, v in d \
 .items()}
x = {k: v for k, v in d.  # c
items()}
x = {k: v for k, v in d. \
 items()}
x = {k: v for k, v in d.items  # c
()}
x = {k: v for k, v in d.items \
 ()}
x = {k: v for k, v in d.items(  # c
)}
x = {k: v for k, v in d.items( \
 )}
x = {k: v for k, v in d.items()  # c
}
x = {k: v for k, v in d.items() \
 }
x = {  # c
**a, 'b': 1}
x = { \
 **a, 'b': 1}
x = {**  # c
a, 'b': 1}
x = {** \
 a, 'b': 1}
x = {**a  # c
, 'b': 1}
x = {**a \
 , 'b': 1}
x = {**a,  # c
 'b': 1}
x = {**a, \
  'b': 1}
x = {**a, 'b'  # c
: 1}
x = {**a, 'b' \
 : 1}
x = {**a, 'b':  # c
 1}
x = {**a, 'b': \
  1}
x = {**a, 'b': 1  # c
}
x = {**a, 'b': 1 \
 }
x = (  # c
y := 5)
x = ( \
 y := 5)
x = (y  # c
 := 5)
x = (y \
  := 5)
x = (y :=  # c
 5)
x = (y := \
  5)
x = (y := 5  # c
)
x = (y := 5 \
 )
async def g():
    x = (  # c
    await a if b else c)
async def g():
    x = ( \
     await a if b else c)
async def g():
    x = (await  # c
     a if b else c)
async def g():
    x = (await \
      a if b else c)
async def g():
    x = (await a  # c
     if b else c)
async def g():
    x = (await a \
      if b else c)
async def g():
    x = (await a if  # c
     b else c)
async def g():
    x = (await a if \
      b else c)
async def g():
    x = (await a if b  # c
     else c)
async def g():
    x = (await a if b \
      else c)
async def g():
    x = (await a if b else  # c
     c)
async def g():
    x = (await a if b else \
      c)
async def g():
    x = (await a if b else c  # c
    )
async def g():
    x = (await a if b else c \
     )
def g():
    x = (  # c
    yield a)
def g():
    x = ( \
     yield a)
def g():
    x = (yield  # c
     a)
def g():
    x = (yield \
      a)
def g():
    x = (yield a  # c
    )
def g():
    x = (yield a \
     )
x = (  # c
'a' 'b' f'c')
x = ( \
 'a' 'b' f'c')
x = ('a'  # c
 'b' f'c')
x = ('a' \
  'b' f'c')
x = ('a' 'b'  # c
 f'c')
x = ('a' 'b' \
  f'c')
x = ('a' 'b' f'c'  # c
)
x = ('a' 'b' f'c' \
 )
def f(  # c
a, /, b: int = 1, *, c) -> (int): pass
def f( \
 a, /, b: int = 1, *, c) -> (int): pass
def f(a  # c
, /, b: int = 1, *, c) -> (int): pass
def f(a \
 , /, b: int = 1, *, c) -> (int): pass
def f(a,  # c
 /, b: int = 1, *, c) -> (int): pass
def f(a, \
  /, b: int = 1, *, c) -> (int): pass
def f(a, /  # c
, b: int = 1, *, c) -> (int): pass
def f(a, / \
 , b: int = 1, *, c) -> (int): pass
def f(a, /,  # c
 b: int = 1, *, c) -> (int): pass
def f(a, /, \
  b: int = 1, *, c) -> (int): pass
def f(a, /, b  # c
: int = 1, *, c) -> (int): pass
def f(a, /, b \
 : int = 1, *, c) -> (int): pass
def f(a, /, b:  # c
 int = 1, *, c) -> (int): pass
def f(a, /, b: \
  int = 1, *, c) -> (int): pass
def f(a, /, b: int  # c
 = 1, *, c) -> (int): pass
def f(a, /, b: int \
  = 1, *, c) -> (int): pass
def f(a, /, b: int =  # c
 1, *, c) -> (int): pass
def f(a, /, b: int = \
  1, *, c) -> (int): pass
def f(a, /, b: int = 1  # c
, *, c) -> (int): pass
def f(a, /, b: int = 1 \
 , *, c) -> (int): pass
def f(a, /, b: int = 1,  # c
 *, c) -> (int): pass
def f(a, /, b: int = 1, \
  *, c) -> (int): pass
def f(a, /, b: int = 1, *  # c
, c) -> (int): pass
def f(a, /, b: int = 1, * \
 , c) -> (int): pass
def f(a, /, b: int = 1, *,  # c
 c) -> (int): pass
def f(a, /, b: int = 1, *, \
  c) -> (int): pass
def f(a, /, b: int = 1, *, c  # c
) -> (int): pass
def f(a, /, b: int = 1, *, c \
 ) -> (int): pass
def f(a, /, b: int = 1, *, c) -> (  # c
int): pass
def f(a, /, b: int = 1, *, c) -> ( \
 int): pass
def f(a, /, b: int = 1, *, c) -> (int  # c
): pass
def f(a, /, b: int = 1, *, c) -> (int \
 ): pass
class C(  # c
A, metaclass=M): pass
class C( \
 A, metaclass=M): pass
class C(A  # c
, metaclass=M): pass
class C(A \
 , metaclass=M): pass
class C(A,  # c
 metaclass=M): pass
class C(A, \
  metaclass=M): pass
class C(A, metaclass  # c
=M): pass
class C(A, metaclass \
 =M): pass
class C(A, metaclass=  # c
M): pass
class C(A, metaclass= \
 M): pass
class C(A, metaclass=M  # c
): pass
class C(A, metaclass=M \
 ): pass
with (  # c
open(a) as b, open(c) as d): pass
with ( \
 open(a) as b, open(c) as d): pass
with (open  # c
(a) as b, open(c) as d): pass
with (open \
 (a) as b, open(c) as d): pass
with (open(  # c
a) as b, open(c) as d): pass
with (open( \
 a) as b, open(c) as d): pass
with (open(a  # c
) as b, open(c) as d): pass
with (open(a \
 ) as b, open(c) as d): pass
with (open(a)  # c
 as b, open(c) as d): pass
with (open(a) \
  as b, open(c) as d): pass
with (open(a) as  # c
 b, open(c) as d): pass
with (open(a) as \
  b, open(c) as d): pass
with (open(a) as b  # c
, open(c) as d): pass
with (open(a) as b \
 , open(c) as d): pass
with (open(a) as b,  # c
 open(c) as d): pass
with (open(a) as b, \
  open(c) as d): pass
with (open(a) as b, open  # c
(c) as d): pass
with (open(a) as b, open \
 (c) as d): pass
with (open(a) as b, open(  # c
c) as d): pass
with (open(a) as b, open( \
 c) as d): pass
with (open(a) as b, open(c  # c
) as d): pass
with (open(a) as b, open(c \
 ) as d): pass
with (open(a) as b, open(c)  # c
 as d): pass
with (open(a) as b, open(c) \
  as d): pass
with (open(a) as b, open(c) as  # c
 d): pass
with (open(a) as b, open(c) as \
  d): pass
with (open(a) as b, open(c) as d  # c
): pass
with (open(a) as b, open(c) as d \
 ): pass
from a import (  # c
b as c, d)
from a import ( \
 b as c, d)
from a import (b  # c
 as c, d)
from a import (b \
  as c, d)
from a import (b as  # c
 c, d)
from a import (b as \
  c, d)
from a import (b as c  # c
, d)
from a import (b as c \
 , d)
from a import (b as c,  # c
 d)
from a import (b as c, \
  d)
from a import (b as c, d  # c
)
from a import (b as c, d \
 )
for (  # c
a, b) in (c): pass
for ( \
 a, b) in (c): pass
for (a  # c
, b) in (c): pass
for (a \
 , b) in (c): pass
for (a,  # c
 b) in (c): pass
for (a, \
  b) in (c): pass
for (a, b  # c
) in (c): pass
for (a, b \
 ) in (c): pass
for (a, b) in (  # c
c): pass
for (a, b) in ( \
 c): pass
for (a, b) in (c  # c
): pass
for (a, b) in (c \
 ): pass
del (  # c
a, b[1])
del ( \
 a, b[1])
del (a  # c
, b[1])
del (a \
 , b[1])
del (a,  # c
 b[1])
del (a, \
  b[1])
del (a, b  # c
[1])
del (a, b \
 [1])
del (a, b[  # c
1])
del (a, b[ \
 1])
del (a, b[1  # c
])
del (a, b[1 \
 ])
del (a, b[1]  # c
)
del (a, b[1] \
 )
assert (  # c
a), (b)
assert ( \
 a), (b)
assert (a  # c
), (b)
assert (a \
 ), (b)
assert (a), (  # c
b)
assert (a), ( \
 b)
assert (a), (b  # c
)
assert (a), (b \
 )
raise (  # c
a) from (b)
raise ( \
 a) from (b)
raise (a  # c
) from (b)
raise (a \
 ) from (b)
raise (a) from (  # c
b)
raise (a) from ( \
 b)
raise (a) from (b  # c
)
raise (a) from (b \
 )
global a
x = (  # c
a, )
global a
x = ( \
 a, )
global a
x = (a  # c
, )
global a
x = (a \
 , )
global a
x = (a,  # c
 )
global a
x = (a, \
  )
try:
    pass
except (  # c
A, B) as e:
    pass
try:
    pass
except ( \
 A, B) as e:
    pass
try:
    pass
except (A  # c
, B) as e:
    pass
try:
    pass
except (A \
 , B) as e:
    pass
try:
    pass
except (A,  # c
 B) as e:
    pass
try:
    pass
except (A, \
  B) as e:
    pass
try:
    pass
except (A, B  # c
) as e:
    pass
try:
    pass
except (A, B \
 ) as e:
    pass
x = (  # c
a @ b ** c // d)
x = ( \
 a @ b ** c // d)
x = (a  # c
 @ b ** c // d)
x = (a \
  @ b ** c // d)
x = (a @  # c
 b ** c // d)
x = (a @ \
  b ** c // d)
x = (a @ b  # c
 ** c // d)
x = (a @ b \
  ** c // d)
x = (a @ b **  # c
 c // d)
x = (a @ b ** \
  c // d)
x = (a @ b ** c  # c
 // d)
x = (a @ b ** c \
  // d)
x = (a @ b ** c //  # c
 d)
x = (a @ b ** c // \
  d)
x = (a @ b ** c // d  # c
)
x = (a @ b ** c // d \
 )
x = (  # c
*a, *b)
x = ( \
 *a, *b)
x = (*  # c
a, *b)
x = (* \
 a, *b)
x = (*a  # c
, *b)
x = (*a \
 , *b)
x = (*a,  # c
 *b)
x = (*a, \
  *b)
x = (*a, *  # c
b)
x = (*a, * \
 b)
x = (*a, *b  # c
)
x = (*a, *b \
 )
print(  # c
(a), (b), sep=(c))
print( \
 (a), (b), sep=(c))
print((  # c
a), (b), sep=(c))
print(( \
 a), (b), sep=(c))
print((a  # c
), (b), sep=(c))
print((a \
 ), (b), sep=(c))
print((a)  # c
, (b), sep=(c))
print((a) \
 , (b), sep=(c))
print((a),  # c
 (b), sep=(c))
print((a), \
  (b), sep=(c))
print((a), (  # c
b), sep=(c))
print((a), ( \
 b), sep=(c))
print((a), (b  # c
), sep=(c))
print((a), (b \
 ), sep=(c))
print((a), (b)  # c
, sep=(c))
print((a), (b) \
 , sep=(c))
print((a), (b),  # c
 sep=(c))
print((a), (b), \
  sep=(c))
print((a), (b), sep  # c
=(c))
print((a), (b), sep \
 =(c))
print((a), (b), sep=  # c
(c))
print((a), (b), sep= \
 (c))
print((a), (b), sep=(  # c
c))
print((a), (b), sep=( \
 c))
print((a), (b), sep=(c  # c
))
print((a), (b), sep=(c \
 ))
print((a), (b), sep=(c)  # c
)
print((a), (b), sep=(c) \
 )
x[  # c
(1)] = (a)
x[ \
 (1)] = (a)
x[(  # c
1)] = (a)
x[( \
 1)] = (a)
x[(1  # c
)] = (a)
x[(1 \
 )] = (a)
x[(1)  # c
] = (a)
x[(1) \
 ] = (a)
x[(1)] = (  # c
a)
x[(1)] = ( \
 a)
x[(1)] = (a  # c
)
x[(1)] = (a \
 )
x = a[  # c
(b)](c)(d)
x = a[ \
 (b)](c)(d)
x = a[(  # c
b)](c)(d)
x = a[( \
 b)](c)(d)
x = a[(b  # c
)](c)(d)
x = a[(b \
 )](c)(d)
x = a[(b)  # c
](c)(d)
x = a[(b) \
 ](c)(d)
x = a[(b)](  # c
c)(d)
x = a[(b)]( \
 c)(d)
x = a[(b)](c  # c
)(d)
x = a[(b)](c \
 )(d)
x = a[(b)](c)(  # c
d)
x = a[(b)](c)( \
 d)
x = a[(b)](c)(d  # c
)
x = a[(b)](c)(d \
 )
