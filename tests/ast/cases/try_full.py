try:
    a
except (A, B) as e:
    b
except C:
    c
except:
    d
else:
    e
finally:
    f
