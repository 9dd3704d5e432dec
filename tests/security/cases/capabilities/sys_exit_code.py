# expect: exit=7
import sys
sys.exit(7)
