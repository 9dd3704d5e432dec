café = {"prix": 3}
message = "coût: " + café["prix"]
