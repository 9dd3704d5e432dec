[x for x in y if x]
{k: v for k, v in z}
