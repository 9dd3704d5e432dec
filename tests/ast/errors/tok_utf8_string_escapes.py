x = "abc\nÿ"
