#include "core/i18n.h"

#include <algorithm>
#include <deque>

#include "core/json_read.h"
#include "core/strings/table.h"

namespace modelwatt {
namespace {

struct Entry {
  std::string_view key;
  const char* text[2];  // by Lang; null when that language is not present
};

struct Table {
  std::vector<Entry> entries;        // sorted by key: lookups happen hundreds of times per UI frame
  bool present[2] = {false, false};  // by Lang
  std::deque<std::string> owned;     // loaded keys and texts (a deque: stable addresses)
  std::deque<std::string> missing;   // keys asked for and absent (stable c_str() for tr's echo)
  std::deque<Lang> missing_lang;     // the language each was asked in
};

int slot(Lang l) {
  return l == Lang::it ? 1 : 0;
}
bool by_key(const Entry& a, const Entry& b) {
  return a.key < b.key;
}

Table& table() {
  static Table* t = [] {
    auto* t = new Table();  // never destroyed: tr() pointers stay valid during static destruction
    std::vector<const I18nEntry*> builtin;
    i18n_builtin_entries(&builtin);
    for (const I18nEntry* e : builtin) t->entries.push_back({e->key, {e->en, e->it}});
    std::sort(t->entries.begin(), t->entries.end(), by_key);
    t->present[0] = t->present[1] = !builtin.empty();
    return t;
  }();
  return *t;
}

Entry* find(std::string_view key) {
  auto& v = table().entries;
  auto it =
      std::lower_bound(v.begin(), v.end(), key, [](const Entry& e, std::string_view k) { return e.key < k; });
  return (it != v.end() && it->key == key) ? &*it : nullptr;
}

const char* keep(std::string_view s) {
  Table& t = table();
  t.owned.emplace_back(s);
  return t.owned.back().c_str();
}

}  // namespace

const char* tr(std::string_view key, Lang lang) {
  if (const Entry* e = find(key); e && e->text[slot(lang)]) return e->text[slot(lang)];
  // Unknown keys echo themselves; keep a stable copy so the pointer outlives the caller's view.
  Table& t = table();
  for (std::size_t i = 0; i < t.missing.size(); ++i)
    if (t.missing[i] == key && t.missing_lang[i] == lang) return t.missing[i].c_str();
  t.missing.emplace_back(key);
  t.missing_lang.push_back(lang);
  return t.missing.back().c_str();
}

bool has_tr(std::string_view key) {
  return find(key) != nullptr;
}

std::vector<std::pair<std::string_view, const char*>> tr_prefixed(std::string_view prefix, Lang lang) {
  std::vector<std::pair<std::string_view, const char*>> out;
  for (const Entry& e : table().entries)
    if (e.key.substr(0, prefix.size()) == prefix && e.text[slot(lang)])
      out.emplace_back(e.key, e.text[slot(lang)]);
  return out;
}

std::string load_strings(const std::string& json) {
  Json root;
  std::string why;
  if (!parse_json(json, &root, &why)) return "strings: " + why;
  Lang lang = Lang::en;
  if (!root.is_object() || !root.contains("lang") || !root["lang"].is_string() ||
      !parse_lang(root["lang"].get<std::string>(), &lang) || root["lang"].get<std::string>().size() != 2)
    return "strings.lang: must be \"en\" or \"it\"";
  if (!root.contains("strings") || !root["strings"].is_object()) return "strings.strings: must be an object";
  for (const auto& [key, value] : root["strings"].items())
    if (!value.is_string() || key.empty()) return "strings.strings." + key + ": must be a text";
  // Known keys get this language's text; new ones are appended and sorted once (a web module starts
  // with no entries: inserting each in place would move the table ~900 times before the first render).
  Table& t = table();
  std::vector<Entry> added;
  for (const auto& [key, value] : root["strings"].items()) {
    const char* text = keep(value.get<std::string>());
    if (Entry* e = find(key)) {
      e->text[slot(lang)] = text;
    } else {
      added.push_back({keep(key), {nullptr, nullptr}});
      added.back().text[slot(lang)] = text;
    }
  }
  t.entries.insert(t.entries.end(), added.begin(), added.end());
  std::sort(t.entries.begin(), t.entries.end(), by_key);
  t.present[slot(lang)] = true;
  return "";
}

bool strings_loaded(Lang lang) {
  return table().present[slot(lang)];
}

std::vector<std::string> missing_strings() {
  // A key asked for before its language arrived is no longer missing once it has.
  const Table& t = table();
  std::vector<std::string> out;
  for (std::size_t i = 0; i < t.missing.size(); ++i) {
    const Entry* e = find(t.missing[i]);
    if (!e || !e->text[slot(t.missing_lang[i])]) out.push_back(t.missing[i]);
  }
  return out;
}

std::string fill(std::string_view tmpl, std::initializer_list<std::string> args) {
  std::string out;
  for (std::size_t i = 0; i < tmpl.size(); ++i) {
    if (tmpl[i] == '{' && i + 2 < tmpl.size() && tmpl[i + 2] == '}' && tmpl[i + 1] >= '0' &&
        tmpl[i + 1] <= '9') {
      const std::size_t k = static_cast<std::size_t>(tmpl[i + 1] - '0');
      if (k < args.size()) out += *(args.begin() + k);
      i += 2;
    } else {
      out += tmpl[i];
    }
  }
  return out;
}

}  // namespace modelwatt
