#include "core/i18n.h"

#include <algorithm>
#include <deque>
#include <vector>

#include "core/i18n_table.h"

namespace modelwatt {
namespace {

// Sorted once on first use, then binary-searched: lookups happen hundreds of times per UI frame.
const std::vector<const I18nEntry*>& sorted_entries() {
  static const std::vector<const I18nEntry*> sorted = [] {
    std::vector<const I18nEntry*> v;
    for (auto table_fn : {i18n_ui_table, i18n_data_table, i18n_embed_table, i18n_share_table,
                          i18n_uncertainty_table, i18n_edit_table, i18n_form_table, i18n_phases_table,
                          i18n_app_table, i18n_claim_table}) {
      std::size_t n;
      const I18nEntry* table = table_fn(&n);
      for (std::size_t i = 0; i < n; ++i) v.push_back(&table[i]);
    }
    std::sort(v.begin(), v.end(), [](auto* a, auto* b) { return std::string_view(a->key) < b->key; });
    return v;
  }();
  return sorted;
}

const I18nEntry* find(std::string_view key) {
  const auto& v = sorted_entries();
  auto it = std::lower_bound(v.begin(), v.end(), key, [](auto* e, std::string_view k) { return e->key < k; });
  return (it != v.end() && (*it)->key == key) ? *it : nullptr;
}

}  // namespace

const char* tr(std::string_view key, Lang lang) {
  if (const I18nEntry* e = find(key)) return lang == Lang::it ? e->it : e->en;
  // Unknown keys echo themselves; keep a stable copy so the pointer outlives the caller's view.
  static std::deque<std::string>* unknown = new std::deque<std::string>();  // deque: stable addresses
  for (const std::string& s : *unknown)
    if (s == key) return s.c_str();
  unknown->emplace_back(key);
  return unknown->back().c_str();
}

bool has_tr(std::string_view key) { return find(key) != nullptr; }

std::string fill(std::string_view tmpl, std::initializer_list<std::string> args) {
  std::string out;
  for (std::size_t i = 0; i < tmpl.size(); ++i) {
    if (tmpl[i] == '{' && i + 2 < tmpl.size() && tmpl[i + 2] == '}' && tmpl[i + 1] >= '0' && tmpl[i + 1] <= '9') {
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
