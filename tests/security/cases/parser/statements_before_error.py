# expect: IndentationError
# tree-sitter puts the two statements before the failure in the ERROR node: the parse fails
# after them, at the unexpected indent of the second one.
()
	(())
 ]
 t(,
