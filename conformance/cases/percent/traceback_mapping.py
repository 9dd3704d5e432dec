'%(missing)s' % {'present': 1}
