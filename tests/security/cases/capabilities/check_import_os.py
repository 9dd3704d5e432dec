# expect: policy
import os
