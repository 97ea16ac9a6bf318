// Build tool (run by node at build time): writes one web face's strings in one language as the JSON
// file the page hands to the core (core/i18n.h, load_strings), from the same tables the native faces
// compile in. The web modules carry no strings of their own, so a reader downloads one language and
// an article's card only the card's words.
//   node strings_dump.js <app|card> <en|it>  > strings/<face>.<lang>.json
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "core/strings/table.h"

namespace {

using namespace modelwatt;

// The card draws a chart, its sentence, table, footnotes and errors: the embed table's words, and the
// outputs' names, which title a per-query or a dotted metric (web/embed tests check that the card
// asks for no key its file lacks).
const char* const kCardPrefixes[] = {"embed.", "out."};

bool wanted(const std::string& face, std::string_view key) {
  if (face == "app") return true;
  for (const char* p : kCardPrefixes)
    if (key.substr(0, std::strlen(p)) == p) return true;
  return false;
}

std::string quoted(const char* s) {
  std::string out = "\"";
  for (const char* c = s; *c; ++c) {
    const unsigned char u = static_cast<unsigned char>(*c);
    if (u == '"' || u == '\\') {
      out += '\\';
      out += *c;
    } else if (u == '\n') {
      out += "\\n";
    } else if (u < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", u);
      out += buf;
    } else {
      out += *c;
    }
  }
  return out + "\"";
}

}  // namespace

int main(int argc, char** argv) {
  const std::string face = argc > 1 ? argv[1] : "", lang = argc > 2 ? argv[2] : "";
  if ((face != "app" && face != "card") || (lang != "en" && lang != "it")) {
    std::fprintf(stderr, "usage: strings_dump <app|card> <en|it>\n");
    return 2;
  }
  // The desktop app's own chrome (the ui table) never reaches a web page.
  std::vector<const I18nEntry*> entries;
  for (const I18nTable& t : i18n_tables()) {
    if (std::string(t.name) == "ui") continue;
    std::size_t n;
    const I18nEntry* table = t.entries(&n);
    for (std::size_t i = 0; i < n; ++i)
      if (wanted(face, table[i].key)) entries.push_back(&table[i]);
  }
  // In key order: the module's table is kept sorted, which is then a linear pass (core/i18n.cpp).
  std::sort(entries.begin(), entries.end(),
            [](const I18nEntry* a, const I18nEntry* b) { return std::string_view(a->key) < b->key; });
  std::printf("{\"lang\": \"%s\", \"face\": \"%s\", \"strings\": {\n", lang.c_str(), face.c_str());
  for (std::size_t i = 0; i < entries.size(); ++i)
    std::printf("%s: %s%s\n", quoted(entries[i]->key).c_str(),
                quoted(lang == "it" ? entries[i]->it : entries[i]->en).c_str(),
                i + 1 < entries.size() ? "," : "");
  std::printf("}}\n");
  return 0;
}
