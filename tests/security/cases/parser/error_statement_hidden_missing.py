# expect: IndentationError
# generate
# The root ERROR node begins with a try statement whose only error is a missing newline, a node
# the grammar hides: the statement itself is where the parse fails (once, this looped forever).
import sys
sys.stdout.write("try:\nexcept:t()class r(5in i+t(n,n(t(c")
