# expect: AttributeError
import sys
sys.settrace(lambda *a: None)
