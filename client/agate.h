/* agate.h - kept so that "client/agate.h" goes on working inside the
 * tree: libagate's header is client/agate/agate.h, the path that
 * `#include <agate/agate.h>` finds through pkg-config, installed or not.
 */
#ifndef AGATE_CLIENT_AGATE_FORWARD_H
#define AGATE_CLIENT_AGATE_FORWARD_H
#include "client/agate/agate.h"
#endif
