def f():
return
