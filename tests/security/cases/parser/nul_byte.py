# expect: SyntaxError
# generate
import sys
sys.stdout.write('x = 1\n\0\ny = 2\n')
