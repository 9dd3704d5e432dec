config = {"db": {}}
host = config ["db"][ ("host") ]
