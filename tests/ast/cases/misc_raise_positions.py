raise a from b
