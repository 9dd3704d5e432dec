/* Everything the runtime offers, for interp/ and stdlib/. */
#ifndef KR_RT_H
#define KR_RT_H

#include "object.h"
#include "vm.h"
#include "alloc.h"
#include "names.h"
#include "str.h"
#include "int.h"
#include "floatobj.h"
#include "seq.h"
#include "dict.h"
#include "set.h"
#include "misc.h"
#include "func.h"
#include "type.h"
#include "exc.h"
#include "module.h"
#include "abstract.h"
#include "args.h"

#endif
