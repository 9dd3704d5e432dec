# expect: ModuleNotFoundError
import subprocess
subprocess.run(["id"])
