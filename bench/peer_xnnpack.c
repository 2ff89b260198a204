/* XNNPACK peer: its f32 sigmoid operator over n contiguous floats (channels = 1, batch = n),
 * created and set up for the arrays once, then run without a thread pool (one thread). */
#include <xnnpack.h>

#include "peers.h"

void *peer_xnnpack_prepare(const float *x, float *y, size_t n)
{
    static int initialized;
    if (!initialized) {
        if (xnn_initialize(NULL) != xnn_status_success)
            return NULL;
        initialized = 1;
    }
    xnn_operator_t op = NULL;
    if (xnn_create_sigmoid_nc_f32(1, 1, 1, 0, &op) != xnn_status_success)
        return NULL;
    if (xnn_setup_sigmoid_nc_f32(op, n, x, y, NULL) != xnn_status_success) {
        xnn_delete_operator(op);
        return NULL;
    }
    return op;
}

int peer_xnnpack_run(void *op)
{
    return xnn_run_operator((xnn_operator_t)op, NULL) == xnn_status_success ? 0 : -1;
}

void peer_xnnpack_release(void *op) { xnn_delete_operator((xnn_operator_t)op); }
