exec code in d
