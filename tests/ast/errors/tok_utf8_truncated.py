x = "abâ‚"
