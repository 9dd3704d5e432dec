try:
 x
except E as e:
x
