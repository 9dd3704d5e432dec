config = {}
port = (config)["port"]
