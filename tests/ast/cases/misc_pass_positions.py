pass
break
continue
