try:
 x
except:
x
