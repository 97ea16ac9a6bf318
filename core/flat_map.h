// Small string-keyed maps and sets kept as sorted vectors: the calls of std::map / std::set the core
// makes, in the same (sorted) order, without the red-black tree. Why: the tree's code is instantiated
// per value type and costs ~3 KB of gzip in each wasm module (the embed card has a byte budget), and
// the core's maps are small (a scenario's inputs, a link's parameters), where a vector is as fast.
#pragma once
#include <algorithm>
#include <cstdlib>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace modelwatt {

template <class V>
class FlatMap {
 public:
  using value_type = std::pair<std::string, V>;
  using iterator = typename std::vector<value_type>::iterator;
  using const_iterator = typename std::vector<value_type>::const_iterator;

  iterator begin() { return items_.begin(); }
  iterator end() { return items_.end(); }
  const_iterator begin() const { return items_.begin(); }
  const_iterator end() const { return items_.end(); }
  bool empty() const { return items_.empty(); }
  std::size_t size() const { return items_.size(); }
  void clear() { items_.clear(); }

  iterator find(std::string_view key) {
    auto it = lower(key);
    return it != items_.end() && it->first == key ? it : items_.end();
  }
  const_iterator find(std::string_view key) const { return const_cast<FlatMap*>(this)->find(key); }
  std::size_t count(std::string_view key) const { return find(key) != end() ? 1 : 0; }

  V& operator[](std::string_view key) {
    auto it = lower(key);
    if (it == items_.end() || it->first != key) it = items_.insert(it, value_type(std::string(key), V()));
    return it->second;
  }
  // As std::map::at, for keys known to be there; a missing key is a bug (no exceptions in wasm).
  V& at(std::string_view key) {
    auto it = find(key);
    if (it == items_.end()) std::abort();
    return it->second;
  }
  const V& at(std::string_view key) const { return const_cast<FlatMap*>(this)->at(key); }

  std::size_t erase(std::string_view key) {
    auto it = find(key);
    if (it == items_.end()) return 0;
    items_.erase(it);
    return 1;
  }
  iterator erase(const_iterator it) { return items_.erase(it); }

  bool operator==(const FlatMap& o) const { return items_ == o.items_; }
  bool operator!=(const FlatMap& o) const { return !(*this == o); }

 private:
  iterator lower(std::string_view key) {
    return std::lower_bound(items_.begin(), items_.end(), key,
                            [](const value_type& a, std::string_view k) { return std::string_view(a.first) < k; });
  }
  std::vector<value_type> items_;
};

// A set of strings, sorted, with std::set's insert / count.
class StringSet {
 public:
  StringSet() = default;
  StringSet(std::initializer_list<const char*> keys) {
    for (const char* k : keys) insert(k);
  }
  std::pair<std::vector<std::string>::iterator, bool> insert(std::string_view key) {
    auto it = std::lower_bound(items_.begin(), items_.end(), key);
    if (it != items_.end() && *it == key) return {it, false};
    return {items_.insert(it, std::string(key)), true};
  }
  std::size_t count(std::string_view key) const {
    return std::binary_search(items_.begin(), items_.end(), key) ? 1 : 0;
  }
  std::size_t erase(std::string_view key) {
    auto it = std::lower_bound(items_.begin(), items_.end(), key);
    if (it == items_.end() || *it != key) return 0;
    items_.erase(it);
    return 1;
  }
  bool empty() const { return items_.empty(); }
  std::size_t size() const { return items_.size(); }
  std::vector<std::string>::const_iterator begin() const { return items_.begin(); }
  std::vector<std::string>::const_iterator end() const { return items_.end(); }

 private:
  std::vector<std::string> items_;
};

}  // namespace modelwatt
