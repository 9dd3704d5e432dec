# expect: SyntaxError
# generate
import sys
sys.stdout.flush()
sys.stdout.buffer.write(b"x = '\xff\xfe'\n")
