// Type-to-search over the catalog: runs, accelerators, regions and datacenters whose id, name,
// aliases or organization match a free-text query, best match first. Used by `modelwatt catalog
// --search`, the app's model picker and "did you mean" suggestions.
//
// Matching is accent- and case-insensitive and ignores separators: "llama 3.1 405b",
// "Llama-3.1-405B" and "llama3.1 405b" are the same query. Text is folded to ASCII where a Latin
// letter has an accent ("Zürich" = "zurich"), split into tokens at anything that is not a letter or
// digit and again where digits follow letters ("gpt4o" -> "gpt", "4o"). Every query token must match
// some token of the entry: exactly, as a prefix ("dee" -> "deepseek"; a number only as a whole number
// or before letters: "405" -> "405b" but "4" never -> "405b"), or, for words of 4+ letters, within an
// optimal-string-alignment distance of 1 (2 from 8 letters: "deepsek", "lama"). The query with its
// separators removed is also compared with each id, name and alias as a whole ("gpt4" is a prefix of
// "gpt4o"). Scores are in (0, 1]; 1 is an exact id, name or alias.
#pragma once
#include <string>
#include <vector>

#include "core/catalog.h"

namespace modelwatt {

enum class SearchKind { run, accelerator, region, datacenter };
const char* search_kind_name(SearchKind kind);  // "run", "accelerator", "region", "datacenter"
bool parse_search_kind(const std::string& name, SearchKind* out);

struct SearchHit {
  SearchKind kind = SearchKind::run;
  std::string id, name, organization;  // organization: a run's organization, an accelerator's vendor
  int year = 0;                        // 0 when the entry has none
  double score = 0;                    // (0, 1], higher is better; 0 for every entry of an empty query
};

struct SearchFilter {
  std::vector<SearchKind> kinds;      // empty: every kind
  bool language_models_only = false;  // runs whose domain includes "language" (other kinds drop out)
  bool open_weights_only = false;     // runs with open_weights true (other kinds drop out)
  int year_min = 0, year_max = 0;     // inclusive; 0 = no bound; entries without a year drop out
  std::size_t limit = 0;              // at most this many hits; 0 = all
};

// Matching entries, best first (ties: runs, accelerators, regions, datacenters; then catalog order).
// An empty or separator-only text matches every entry that passes the filter, in catalog order.
std::vector<SearchHit> search_catalog(const Catalog& catalog, const std::string& text,
                                      const SearchFilter& filter = {});

// The same search over a prebuilt index: build it once per catalog (the app's model picker, which
// searches on every keystroke) and query it many times. The index copies what it needs, so it stays
// valid after the catalog is gone.
struct SearchEntry {
  SearchKind kind = SearchKind::run;
  std::string id, name, organization;
  int year = 0;
  bool language = false, open_weights = false;        // runs only
  std::vector<std::vector<std::string>> name_tokens;  // per id, name and alias
  std::vector<std::string> joined_names;              // the same, separators removed
  std::vector<std::string> organization_tokens;
};
struct SearchIndex {
  std::vector<SearchEntry> entries;  // runs, accelerators, regions, datacenters, in catalog order
};
SearchIndex build_search_index(const Catalog& catalog);
std::vector<SearchHit> search_catalog(const SearchIndex& index, const std::string& text,
                                      const SearchFilter& filter = {});

// " (did you mean a, b, c?)" for an unknown run id: the best search hits among runs (so "chatgpt"
// suggests the GPT-4o run), else the nearest ids by edit distance; "" when nothing is close.
std::string did_you_mean_run(const Catalog& catalog, const std::string& id);

// The normalisation the search applies, exposed for tests and for the app's highlighting.
std::string search_fold(const std::string& text);                 // lower-case ASCII-folded text
std::vector<std::string> search_tokens(const std::string& text);  // folded tokens

}  // namespace modelwatt
