// Fuzzes the card from a link (issue 11): any bytes as a query string -> the embed card's JSON,
// the standalone SVG `modelwatt render` writes, and the exports. Properties: never a crash or
// sanitizer report (core instrumented); card JSON is valid JSON, and {"ok": false} carries the
// error; an SVG is drawn for every card the core accepts and holds no XML-forbidden character
// (C0 controls, U+FFFE/U+FFFF) and no bidi control from a label.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/card.h"
#include "core/json_read.h"

using namespace modelwatt;

namespace {

bool xml_clean(const std::string& s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') return false;
    if (c == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBF &&
        (static_cast<unsigned char>(s[i + 2]) == 0xBE || static_cast<unsigned char>(s[i + 2]) == 0xBF))
      return false;
    if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
        static_cast<unsigned char>(s[i + 2]) >= 0xAA && static_cast<unsigned char>(s[i + 2]) <= 0xAE)
      return false;
  }
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string query(reinterpret_cast<const char*>(data), size);
  Json j;
  std::string why;
  if (!parse_json(card_json(query, builtin_catalog(), 390, size % 2 == 1), &j, &why) || !j.contains("ok"))
    __builtin_trap();
  if (j["ok"] == false) {
    if (!j.contains("error") || j["error"].get<std::string>().empty()) __builtin_trap();
    return 0;
  }
  if (!xml_clean(j["svg"].get<std::string>())) __builtin_trap();
  Card card;
  Error error;
  if (!card_from_query(query, builtin_catalog(), &card, &error)) __builtin_trap();  // card_json accepted it
  const std::string svg = card_svg(card, builtin_catalog(), 720, false, true, &error);
  if (svg.empty() || !xml_clean(svg)) __builtin_trap();
  for (const char* kind : {"csv", "md", "tex"})
    if (card_export(query, builtin_catalog(), kind, 600, false).empty()) __builtin_trap();
  return 0;
}
