# expect: limit=steps
# flags: --max-steps 100000 --timeout 60
while True:
    pass
