err = ValueError("v")
err.__notes__ = ["ok", 42]
raise err
