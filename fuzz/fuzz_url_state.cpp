// Fuzzes the URL-state decoder: any bytes as a query string -> decode (limits, percent-encoding,
// UTF-8, version, typing) and, when the core accepts the scenarios, the card's faces. Properties:
// every rejection says why; an accepted link re-encodes, and the re-encoded link decodes to the
// same scenarios JSON and encodes to itself (the codec's round-trip guarantee).
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/card.h"
#include "core/json_read.h"
#include "core/url_state.h"

using namespace modelwatt;

namespace {

// Equal as JSON values whatever the order of object members (Json's == keeps order).
bool same_unordered(const Json& a, const Json& b) {
  if (a.is_object() != b.is_object() || a.is_array() != b.is_array()) return false;
  if (!a.is_object() && !a.is_array()) return a == b;
  if (a.size() != b.size()) return false;
  if (a.is_array()) {
    for (std::size_t i = 0; i < a.size(); ++i)
      if (!same_unordered(a[i], b[i])) return false;
    return true;
  }
  for (const auto& [key, value] : a.items()) {
    const Json* other = b.find_member(key);
    if (!other || !same_unordered(value, *other)) return false;
  }
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string query(reinterpret_cast<const char*>(data), size);
  UrlState state;
  Error error;
  if (!decode_url_state(query, &state, &error)) {
    if (error.message().empty()) __builtin_trap();
    return 0;
  }
  std::string once, twice;
  if (!encode_url_state(state, &once, &error)) {
    // Only a decoded state too long to re-encode may fail (escaping can lengthen a link).
    if (error.reason.find("limit") == std::string::npos) __builtin_trap();
    return 0;
  }
  UrlState again;
  if (!decode_url_state(once, &again, &error)) __builtin_trap();
  if (!encode_url_state(again, &twice, &error) || twice != once) __builtin_trap();
  // Same scenarios, whatever the parameter order of the original link.
  Json a, b;
  std::string why;
  if (!parse_json(json_dump(again.scenarios), &a, &why) ||
      !parse_json(json_dump(state.scenarios), &b, &why) || !same_unordered(a, b))
    __builtin_trap();
  Card card;
  if (!card_from_query(query, builtin_catalog(), &card, &error)) {
    if (error.message().empty()) __builtin_trap();
    return 0;
  }
  if (card_json(query, builtin_catalog(), 390, true).empty()) __builtin_trap();
  if (card_export(query, builtin_catalog(), "tex", 600, false).empty()) __builtin_trap();
  return 0;
}
