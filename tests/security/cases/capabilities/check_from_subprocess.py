# expect: policy
from subprocess import run
