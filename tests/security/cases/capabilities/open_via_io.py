# expect: ModuleNotFoundError
import io
io.open("/etc/passwd")
