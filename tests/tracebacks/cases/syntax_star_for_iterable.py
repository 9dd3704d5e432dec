for x in *a: pass
