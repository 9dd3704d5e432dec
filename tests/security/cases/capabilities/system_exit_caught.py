# expect: ok
# stdout: caught 3
import sys
try:
    sys.exit(3)
except SystemExit as e:
    print("caught", e.code)
