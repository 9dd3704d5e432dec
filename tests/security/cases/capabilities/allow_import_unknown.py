# expect: ModuleNotFoundError
# flags: --allow-import os
# Allowing a module Krait does not have does not conjure it.
import os
