// JSON text written as it goes, without building a Json tree first: the embed card's module writes
// its output this way (no tree code for it in the card's wasm), and Json::dump walks its tree through
// the same primitives, so string escaping, number text and layout are defined here only.
// The text is byte for byte what nlohmann::ordered_json::dump(indent) wrote (see json_dump.cpp).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>

namespace modelwatt {

// Commas (and, with an indent, line breaks) come from the writer:
//   JsonWriter w(&out);
//   w.begin_object().key("n").value(1).key("list").begin_array().value("a").end_array().end_object();
// gives {"n":1,"list":["a"]}. The calls must nest properly (not checked): one top-level value, and
// inside an object a key() before each value.
class JsonWriter {
 public:
  // Compact with indent < 0 (json_dump's default), else one element per line, `indent` spaces a level.
  explicit JsonWriter(std::string* out, int indent = -1) : out_(out), indent_(indent) {}

  JsonWriter& begin_object() { return open('{'); }
  JsonWriter& end_object() { return close('}'); }
  JsonWriter& begin_array() { return open('['); }
  JsonWriter& end_array() { return close(']'); }
  JsonWriter& key(std::string_view k);

  // Invalid UTF-8 becomes U+FFFD; other non-ASCII text is kept as is (not \u-escaped).
  JsonWriter& value(std::string_view s);
  JsonWriter& value(const char* s) { return value(std::string_view(s)); }  // not value(bool)
  // Grisu2's shortest digits as nlohmann printed them: "0.1", "1e+21", "-0.0", "30840000.0"
  // (integral doubles keep ".0"); NaN and infinities as null.
  JsonWriter& value(double v);
  JsonWriter& value(bool b);
  template <class T, std::enable_if_t<std::is_integral_v<T> && !std::is_same_v<T, bool>, int> = 0>
  JsonWriter& value(T n) {
    if constexpr (std::is_signed_v<T>)
      return integer(n);
    else
      return unsigned_integer(n);
  }
  JsonWriter& null();

 private:
  JsonWriter& open(char c);
  JsonWriter& close(char c);
  JsonWriter& integer(int64_t n);
  JsonWriter& unsigned_integer(uint64_t n);
  JsonWriter& digits(uint64_t n, bool negative);
  JsonWriter& raw(std::string_view text);  // a scalar's text, after the separator
  void separate();                         // the comma and line break before a key or a value
  void new_line();

  std::string* out_;
  int indent_;
  int depth_ = 0;           // containers open
  bool first_ = true;       // nothing written yet in the innermost open container
  bool after_key_ = false;  // the next value is a member's: no separator
};

}  // namespace modelwatt
