# expect: IndentationError
# generate
# tree-sitter makes no module of this text: the root itself is the ERROR node (with no parent),
# and the parse fails after the statements it holds (CPython: unexpected indent on line 2).
import sys
sys.stdout.write("()\n\t(())\n ]\n t(,")
