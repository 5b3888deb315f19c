// Filling kv_status from C++ code.
#pragma once

#include <cstdio>
#include <cstring>
#include "kyc_vision.h"

namespace kycvision {

inline void set_status(kv_status *status, int code, const char *message) {
    if (!status) return;
    status->code = code;
    std::snprintf(status->message, sizeof status->message, "%s", message ? message : "");
}

inline void set_ok(kv_status *status) { set_status(status, KV_OK, ""); }


// Runs body and returns its result; turns any exception into status and returns fallback.
template <typename Result, typename Body>
Result guarded(kv_status *status, Result fallback, Body &&body) {
    try {
        return body();
    } catch (const std::exception &error) {
        set_status(status, KV_ERR_INTERNAL, error.what());
    } catch (...) {
        set_status(status, KV_ERR_INTERNAL, "unknown C++ exception");
    }
    return fallback;
}

}  // namespace kycvision
