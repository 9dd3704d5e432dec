# expect: TypeError
# A type's __dict__ is a read-only view.
int.__dict__["evil"] = 1
