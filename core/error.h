// Input errors: the field path and the reason, printed as "path: reason".
#pragma once
#include <string>

namespace modelwatt {

struct Error {
  std::string path;    // "scenarios[1].training.pue", or "" for the whole input
  std::string reason;  // "must be >= 1 (got 0.8)"
  std::string message() const { return path.empty() ? reason : path + ": " + reason; }
};

}  // namespace modelwatt
