#include "core/catalog_search.h"

#include <algorithm>

#include "core/suggest.h"

namespace modelwatt {
namespace {

// Match strengths (a query token against one entry token; the joined query against a whole name).
constexpr double kExact = 1.0, kPrefix = 0.85, kTypo = 0.6;
constexpr double kWholeExact = 1.0, kWholePrefix = 0.9, kWholeContains = 0.75, kWholeTypo = 0.7;
constexpr double kOrganizationWeight = 0.8;  // a token found only in the organization or vendor

bool all_digits(const std::string& s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}
bool has_digit(const std::string& s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// True when the optimal-string-alignment distance of a and b (already folded) is at most `limit`;
// a length check first, and rows on the stack for the short words search compares.
bool osa_within(const std::string& a, const std::string& b, std::size_t limit) {
  const std::size_t n = a.size(), m = b.size();
  if ((n > m ? n - m : m - n) > limit) return false;
  if (n > 62 || m > 62) return osa_distance(a, b) <= limit;
  std::size_t r0[64], r1[64], r2[64];  // rows i-2, i-1, i
  std::size_t *prev2 = r0, *prev = r1, *cur = r2;
  for (std::size_t j = 0; j <= m; ++j) prev[j] = j;
  for (std::size_t i = 1; i <= n; ++i) {
    cur[0] = i;
    std::size_t row_min = cur[0];
    for (std::size_t j = 1; j <= m; ++j) {
      std::size_t v = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) v = std::min(v, prev2[j - 2] + 1);
      cur[j] = v;
      row_min = std::min(row_min, v);
    }
    if (row_min > limit) return false;
    std::size_t* t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return prev[m] <= limit;
}

// How well query token q matches entry token e (0: not at all).
double token_match(const std::string& q, const std::string& e) {
  if (q == e) return kExact;
  if (e.size() > q.size() && e.compare(0, q.size(), q) == 0) {
    // A number is a prefix only of a number-with-unit: "405" -> "405b", never "4" -> "405b".
    if (!all_digits(q) || !(e[q.size()] >= '0' && e[q.size()] <= '9')) return kPrefix;
    return 0;
  }
  if (q.size() >= 4 && !has_digit(q) && !has_digit(e)) {
    const std::size_t limit = q.size() >= 8 ? 2 : 1;
    if (osa_within(q, e, limit)) return kTypo;
    if (e.size() > q.size() && osa_within(q, e.substr(0, q.size()), limit - (limit > 1))) return kTypo * 0.9;
  }
  return 0;
}

std::string joined(const std::vector<std::string>& tokens) {
  std::string s;
  for (const std::string& t : tokens) s += t;
  return s;
}

// The joined query against one joined id, name or alias.
double whole_match(const std::string& q, const std::string& f) {
  if (q.empty() || f.empty()) return 0;
  if (q == f) return kWholeExact;
  if (f.compare(0, q.size(), q) == 0) return kWholePrefix + 0.09 * q.size() / f.size();
  if (q.size() >= 3 && f.find(q) != std::string::npos) return kWholeContains;
  if (q.size() >= 5 && !all_digits(q) && osa_within(q, f, 1)) return kWholeTypo;
  return 0;
}

// Every query token must match a token of the entry's names (or, weighted less, its organization).
// The score is the mean match, scaled by how much of the best-covered name the query accounts for,
// so "llama 3.1 405b" prefers "Llama 3.1 405B" to "Llama 3.1 405B Instruct".
double token_score(const std::vector<std::string>& query, const SearchEntry& e) {
  if (query.empty()) return 0;
  double sum = 0;
  for (const std::string& q : query) {
    double best = 0;
    for (const auto& tokens : e.name_tokens)
      for (const std::string& t : tokens) best = std::max(best, token_match(q, t));
    for (const std::string& t : e.organization_tokens)
      best = std::max(best, kOrganizationWeight * token_match(q, t));
    if (best == 0) return 0;
    sum += best;
  }
  double best_coverage = 0;
  for (const auto& tokens : e.name_tokens) {
    std::size_t covered = 0;
    for (const std::string& t : tokens)
      if (std::any_of(query.begin(), query.end(),
                      [&](const std::string& q) { return token_match(q, t) > 0; }))
        ++covered;
    if (!tokens.empty()) best_coverage = std::max(best_coverage, double(covered) / tokens.size());
  }
  return sum / query.size() * (0.85 + 0.15 * best_coverage);
}

double entry_score(const std::vector<std::string>& query, const std::string& query_joined,
                   const SearchEntry& e) {
  double best = token_score(query, e);
  for (const std::string& n : e.joined_names) best = std::max(best, whole_match(query_joined, n));
  return best;
}

bool passes(const SearchEntry& e, const SearchFilter& f) {
  if (!f.kinds.empty() && std::find(f.kinds.begin(), f.kinds.end(), e.kind) == f.kinds.end()) return false;
  if ((f.language_models_only || f.open_weights_only) && e.kind != SearchKind::run) return false;
  if (f.language_models_only && !e.language) return false;
  if (f.open_weights_only && !e.open_weights) return false;
  if ((f.year_min || f.year_max) && e.year == 0) return false;
  if (f.year_min && e.year < f.year_min) return false;
  if (f.year_max && e.year > f.year_max) return false;
  return true;
}

SearchEntry make_entry(SearchKind kind, const std::string& id, const std::string& name,
                       const std::string& org, int year, const std::vector<std::string>& names) {
  SearchEntry e;
  e.kind = kind;
  e.id = id;
  e.name = name;
  e.organization = org;
  e.year = year;
  for (const std::string& n : names) {
    e.name_tokens.push_back(search_tokens(n));
    e.joined_names.push_back(joined(e.name_tokens.back()));
  }
  e.organization_tokens = search_tokens(org);
  return e;
}

}  // namespace

const char* search_kind_name(SearchKind kind) {
  switch (kind) {
    case SearchKind::run:
      return "run";
    case SearchKind::accelerator:
      return "accelerator";
    case SearchKind::region:
      return "region";
    default:
      return "datacenter";
  }
}

bool parse_search_kind(const std::string& name, SearchKind* out) {
  for (SearchKind k :
       {SearchKind::run, SearchKind::accelerator, SearchKind::region, SearchKind::datacenter}) {
    if (name == search_kind_name(k)) {
      *out = k;
      return true;
    }
  }
  return false;
}

SearchIndex build_search_index(const Catalog& c) {
  SearchIndex index;
  for (const Run& r : c.runs) {
    std::vector<std::string> names = {r.id, r.name};
    names.insert(names.end(), r.aliases.begin(), r.aliases.end());
    SearchEntry e = make_entry(SearchKind::run, r.id, r.name, r.organization, r.year, names);
    e.language = search_fold(r.domain).find("language") != std::string::npos;
    e.open_weights = r.open_weights;
    index.entries.push_back(std::move(e));
  }
  for (const Accelerator& a : c.accelerators)
    index.entries.push_back(
        make_entry(SearchKind::accelerator, a.id, a.name, a.vendor, a.year, {a.id, a.name}));
  for (const Region& r : c.regions)
    index.entries.push_back(make_entry(SearchKind::region, r.id, r.name, "", r.year, {r.id, r.name}));
  for (const Datacenter& d : c.datacenters)
    index.entries.push_back(make_entry(SearchKind::datacenter, d.id, d.name, "", d.year, {d.id, d.name}));
  return index;
}

std::vector<SearchHit> search_catalog(const SearchIndex& index, const std::string& text,
                                      const SearchFilter& filter) {
  const std::vector<std::string> query = search_tokens(text.size() > 256 ? text.substr(0, 256) : text);
  const std::string query_joined = joined(query);
  std::vector<SearchHit> hits;
  for (const SearchEntry& e : index.entries) {
    if (!passes(e, filter)) continue;
    const double score = query.empty() ? 0 : entry_score(query, query_joined, e);
    if (!query.empty() && score <= 0) continue;
    hits.push_back(SearchHit{e.kind, e.id, e.name, e.organization, e.year, score});
  }
  // Entries are kind by kind in catalog order, so a stable sort keeps the tie order.
  std::stable_sort(hits.begin(), hits.end(),
                   [](const SearchHit& a, const SearchHit& b) { return a.score > b.score; });
  if (filter.limit && hits.size() > filter.limit) hits.resize(filter.limit);
  return hits;
}

std::vector<SearchHit> search_catalog(const Catalog& catalog, const std::string& text,
                                      const SearchFilter& filter) {
  return search_catalog(build_search_index(catalog), text, filter);
}

}  // namespace modelwatt
