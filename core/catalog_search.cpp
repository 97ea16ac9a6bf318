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
    if (osa_distance(q, e) <= limit) return kTypo;
    if (e.size() > q.size() && osa_distance(q, e.substr(0, q.size())) <= limit - (limit > 1))
      return kTypo * 0.9;
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
  if (q.size() >= 5 && !all_digits(q) && osa_distance(q, f) <= 1) return kWholeTypo;
  return 0;
}

struct Entry {
  SearchKind kind;
  std::string id, name, organization;
  int year = 0;
  std::vector<std::string> names;  // id, name, aliases
};

// Every query token must match a token of the entry's names (or, weighted less, its organization).
// The score is the mean match, scaled by how much of the best-covered name the query accounts for,
// so "llama 3.1 405b" prefers "Llama 3.1 405B" to "Llama 3.1 405B Instruct".
double token_score(const std::vector<std::string>& query, const Entry& e) {
  if (query.empty()) return 0;
  std::vector<std::vector<std::string>> name_tokens;
  for (const std::string& n : e.names) name_tokens.push_back(search_tokens(n));
  const std::vector<std::string> org_tokens = search_tokens(e.organization);
  double sum = 0, best_coverage = 0;
  for (const auto& tokens : name_tokens) {
    std::size_t covered = 0;
    for (const std::string& t : tokens)
      if (std::any_of(query.begin(), query.end(),
                      [&](const std::string& q) { return token_match(q, t) > 0; }))
        ++covered;
    if (!tokens.empty()) best_coverage = std::max(best_coverage, double(covered) / tokens.size());
  }
  for (const std::string& q : query) {
    double best = 0;
    for (const auto& tokens : name_tokens)
      for (const std::string& t : tokens) best = std::max(best, token_match(q, t));
    for (const std::string& t : org_tokens) best = std::max(best, kOrganizationWeight * token_match(q, t));
    if (best == 0) return 0;
    sum += best;
  }
  return sum / query.size() * (0.85 + 0.15 * best_coverage);
}

double entry_score(const std::vector<std::string>& query, const std::string& query_joined, const Entry& e) {
  double best = token_score(query, e);
  for (const std::string& n : e.names)
    best = std::max(best, whole_match(query_joined, joined(search_tokens(n))));
  return best;
}

bool run_passes(const Run& r, const SearchFilter& f) {
  if (f.open_weights_only && !r.open_weights) return false;
  if (f.language_models_only && search_fold(r.domain).find("language") == std::string::npos) return false;
  return true;
}

bool passes(const Entry& e, const SearchFilter& f) {
  if (!f.kinds.empty() && std::find(f.kinds.begin(), f.kinds.end(), e.kind) == f.kinds.end()) return false;
  if (e.kind != SearchKind::run && (f.language_models_only || f.open_weights_only)) return false;
  if ((f.year_min || f.year_max) && e.year == 0) return false;
  if (f.year_min && e.year < f.year_min) return false;
  if (f.year_max && e.year > f.year_max) return false;
  return true;
}

std::vector<Entry> entries(const Catalog& c, const SearchFilter& f) {
  std::vector<Entry> out;
  auto add = [&](Entry e) {
    if (passes(e, f)) out.push_back(std::move(e));
  };
  for (const Run& r : c.runs) {
    if (!run_passes(r, f)) continue;
    Entry e{SearchKind::run, r.id, r.name, r.organization, r.year, {r.id, r.name}};
    e.names.insert(e.names.end(), r.aliases.begin(), r.aliases.end());
    add(std::move(e));
  }
  for (const Accelerator& a : c.accelerators)
    add(Entry{SearchKind::accelerator, a.id, a.name, a.vendor, a.year, {a.id, a.name}});
  for (const Region& r : c.regions) add(Entry{SearchKind::region, r.id, r.name, "", r.year, {r.id, r.name}});
  for (const Datacenter& d : c.datacenters)
    add(Entry{SearchKind::datacenter, d.id, d.name, "", d.year, {d.id, d.name}});
  return out;
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

std::vector<SearchHit> search_catalog(const Catalog& catalog, const std::string& text,
                                      const SearchFilter& filter) {
  const std::vector<std::string> query = search_tokens(text.size() > 256 ? text.substr(0, 256) : text);
  const std::string query_joined = joined(query);
  std::vector<SearchHit> hits;
  for (const Entry& e : entries(catalog, filter)) {
    const double score = query.empty() ? 0 : entry_score(query, query_joined, e);
    if (!query.empty() && score <= 0) continue;
    hits.push_back(SearchHit{e.kind, e.id, e.name, e.organization, e.year, score});
  }
  // Entries were collected kind by kind in catalog order, so a stable sort keeps the tie order.
  std::stable_sort(hits.begin(), hits.end(),
                   [](const SearchHit& a, const SearchHit& b) { return a.score > b.score; });
  if (filter.limit && hits.size() > filter.limit) hits.resize(filter.limit);
  return hits;
}

std::string did_you_mean_run(const Catalog& catalog, const std::string& id) {
  SearchFilter runs;
  runs.kinds = {SearchKind::run};
  runs.limit = 3;
  std::vector<std::string> ids;
  for (const SearchHit& h : search_catalog(catalog, id, runs)) ids.push_back(h.id);
  if (ids.empty()) {
    for (const Run& r : catalog.runs) ids.push_back(r.id);
    return did_you_mean(id, ids);
  }
  std::string s = " (did you mean ";
  for (std::size_t i = 0; i < ids.size(); ++i) s += (i ? ", " : "") + ids[i];
  return s + "?)";
}

}  // namespace modelwatt
