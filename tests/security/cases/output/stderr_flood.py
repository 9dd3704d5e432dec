# expect: limit=output
import sys
while True:
    print('err ' * 50, file=sys.stderr)
