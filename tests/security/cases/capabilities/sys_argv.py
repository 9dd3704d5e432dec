# expect: ok
# stdout: 1
# argv holds only the script's name, nothing of the host's command line.
import sys
print(len(sys.argv))
