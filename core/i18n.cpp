#include "core/i18n.h"

#include <algorithm>
#include <forward_list>

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
  // Loaded keys and texts, and the keys asked for and absent (tr echoes them) with the language each
  // was asked in: lists, for stable addresses (a deque would do too, at ~1 KB more wasm per module).
  std::forward_list<std::string> owned;
  std::forward_list<std::pair<std::string, Lang>> missing;  // newest first
};

int slot(Lang l) {
  return l == Lang::it ? 1 : 0;
}
// Insertion sort, not std::sort: a strings file arrives in key order (strings_dump writes it so) and a
// second language adds few keys, so this is linear where it runs most, and ~0.8 KB less wasm in every
// module than std::sort's introsort. (The native built-in tables, ~900 keys unsorted: well under 1 ms.)
void sort_by_key(std::vector<Entry>* v) {
  for (std::size_t i = 1; i < v->size(); ++i) {
    const Entry e = (*v)[i];
    std::size_t j = i;
    for (; j > 0 && e.key < (*v)[j - 1].key; --j) (*v)[j] = (*v)[j - 1];
    (*v)[j] = e;
  }
}

Table& table() {
  static Table* t = [] {
    auto* t = new Table();  // never destroyed: tr() pointers stay valid during static destruction
    std::vector<const I18nEntry*> builtin;
    i18n_builtin_entries(&builtin);
    for (const I18nEntry* e : builtin) t->entries.push_back({e->key, {e->en, e->it}});
    sort_by_key(&t->entries);
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
  t.owned.emplace_front(s);
  return t.owned.front().c_str();
}

}  // namespace

const char* tr(std::string_view key, Lang lang) {
  if (const Entry* e = find(key); e && e->text[slot(lang)]) return e->text[slot(lang)];
  // Unknown keys echo themselves; keep a stable copy so the pointer outlives the caller's view.
  Table& t = table();
  for (const auto& [k, l] : t.missing)
    if (k == key && l == lang) return k.c_str();
  t.missing.emplace_front(std::string(key), lang);
  return t.missing.front().first.c_str();
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
  // Known keys get this language's text; new ones are appended and sorted once, in key order (a web module starts
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
  sort_by_key(&t.entries);
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
  for (const auto& [key, lang] : t.missing) {
    const Entry* e = find(key);
    if (!e || !e->text[slot(lang)]) out.push_back(key);
  }
  std::reverse(out.begin(), out.end());  // in the order they were asked for
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
