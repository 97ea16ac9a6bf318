// The embed card's wasm interface: C functions taking the URL query and returning text. The
// returned pointer stays valid until the next call (the page copies it at once).
#include <emscripten/emscripten.h>

#include <string>

#include "core/card.h"
#include "core/catalog.h"

namespace {
std::string g_out;
}

extern "C" {

// The card's content as JSON (see card_json in core/card.h). `dark`: the resolved theme.
EMSCRIPTEN_KEEPALIVE const char* mw_card(const char* query, int width_px, int dark) {
  g_out = modelwatt::card_json(query ? query : "", modelwatt::builtin_catalog(), width_px, dark != 0);
  return g_out.c_str();
}

// One export: kind = "svg", "csv", "json", "md" or "tex"; "error: …" on bad input.
EMSCRIPTEN_KEEPALIVE const char* mw_export(const char* query, const char* kind, int width_px, int dark) {
  g_out = modelwatt::card_export(query ? query : "", modelwatt::builtin_catalog(), kind ? kind : "", width_px,
                                 dark != 0);
  return g_out.c_str();
}

}  // extern "C"
