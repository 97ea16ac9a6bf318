#include "core/suggest.h"

#include <algorithm>
#include <cctype>

namespace modelwatt {

std::size_t osa_distance(const std::string& a, const std::string& b) {
  // Optimal string alignment distance: like Levenshtein, but a swap of two neighbours ("peu" for
  // "pue") costs 1, the most common typo.
  auto lower = [](char c) { return std::tolower(static_cast<unsigned char>(c)); };
  const std::size_t w = b.size() + 1;
  std::vector<std::size_t> d((a.size() + 1) * w);
  for (std::size_t i = 0; i <= a.size(); ++i) d[i * w] = i;
  for (std::size_t j = 0; j <= b.size(); ++j) d[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t cost = lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1;
      std::size_t v = std::min({d[(i - 1) * w + j] + 1, d[i * w + j - 1] + 1, d[(i - 1) * w + j - 1] + cost});
      if (i > 1 && j > 1 && lower(a[i - 1]) == lower(b[j - 2]) && lower(a[i - 2]) == lower(b[j - 1]))
        v = std::min(v, d[(i - 2) * w + j - 2] + 1);
      d[i * w + j] = v;
    }
  }
  return d[a.size() * w + b.size()];
}

std::vector<std::string> nearest(const std::string& word, const std::vector<std::string>& candidates,
                                 std::size_t max) {
  // Long inputs cannot be close to any id; skip the quadratic work.
  if (word.size() > 64) return {};
  std::vector<std::pair<std::size_t, std::string>> scored;
  const std::size_t limit = std::max<std::size_t>(2, word.size() / 3);
  for (const std::string& c : candidates) {
    std::size_t d = osa_distance(word, c);
    const bool contains =
        !word.empty() && (c.find(word) != std::string::npos || word.find(c) != std::string::npos);
    if (d > limit && !contains) continue;
    // Kept sorted by distance as they come, ties in the candidates' order (an insertion: the lists
    // are short, and a stable sort would cost the web modules more code).
    const std::size_t score = contains ? std::min(d, limit) : d;
    auto at = std::upper_bound(scored.begin(), scored.end(), score,
                               [](std::size_t v, const auto& x) { return v < x.first; });
    scored.emplace(at, score, c);
  }
  std::vector<std::string> out;
  for (std::size_t i = 0; i < scored.size() && out.size() < max; ++i) out.push_back(scored[i].second);
  return out;
}

std::string did_you_mean(const std::string& word, const std::vector<std::string>& candidates) {
  std::vector<std::string> near = nearest(word, candidates);
  if (near.empty()) return "";
  std::string s = " (did you mean ";
  for (std::size_t i = 0; i < near.size(); ++i) s += (i ? ", " : "") + near[i];
  return s + "?)";
}

}  // namespace modelwatt
