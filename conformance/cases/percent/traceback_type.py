'%d items' % 'three'
