# expect: limit=time
import sys
try:
    while True:
        pass
finally:
    sys.exit(0)
