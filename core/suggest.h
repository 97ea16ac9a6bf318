// "Did you mean …?" for unknown ids and keys.
#pragma once
#include <string>
#include <vector>

namespace modelwatt {

// Optimal string alignment distance, case-insensitive (ASCII): Levenshtein plus adjacent swaps.
std::size_t osa_distance(const std::string& a, const std::string& b);

// Up to `max` candidates closest to `word` by edit distance (and shared prefix), nearest first.
std::vector<std::string> nearest(const std::string& word, const std::vector<std::string>& candidates,
                                 std::size_t max = 3);
// " (did you mean a, b?)" or "" when nothing is close.
std::string did_you_mean(const std::string& word, const std::vector<std::string>& candidates);

}  // namespace modelwatt
