class A:
 def f(self):
  pass
 pass
   x = 1
