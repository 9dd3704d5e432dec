# expect: AttributeError
import sys
print(sys.modules)
