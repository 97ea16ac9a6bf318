#include "core/json_read.h"

#include <cmath>
#include <set>
#include <vector>

namespace modelwatt {
namespace {

// SAX handler: builds the DOM with nlohmann's own builder, but records errors instead of throwing
// and refuses nesting deeper than kMaxDepth (nlohmann's parser is iterative, so depth is only a
// policy limit, not a stack risk).
// Duplicate keys are refused (issue 11: with "last wins" the first value was never validated), with
// the path of the key, so the error names the field: "scenarios[0].training.pue: given twice".
struct LimitedSax {
  struct Frame {
    bool object = false;
    std::set<std::string> keys;
    std::string key;  // object: the current key
    long index = -1;  // array: the current element
  };
  nlohmann::detail::json_sax_dom_parser<Json> dom;
  std::string* error;
  int depth = 0;
  std::vector<Frame> frames;

  LimitedSax(Json& j, std::string* e) : dom(j, false), error(e) {}

  bool null() { return value() && dom.null(); }
  bool boolean(bool v) { return value() && dom.boolean(v); }
  bool number_integer(Json::number_integer_t v) { return value() && dom.number_integer(v); }
  bool number_unsigned(Json::number_unsigned_t v) { return value() && dom.number_unsigned(v); }
  bool number_float(Json::number_float_t v, const std::string& s) {
    if (!std::isfinite(v)) {
      *error = "number out of range: " + s;
      return false;
    }
    return value() && dom.number_float(v, s);
  }
  bool string(std::string& v) { return value() && dom.string(v); }
  bool binary(Json::binary_t& v) { return value() && dom.binary(v); }
  bool start_object(std::size_t n) { return value() && enter(true) && dom.start_object(n); }
  bool key(std::string& k) {
    Frame& f = frames.back();
    f.key = k;
    if (!f.keys.insert(k).second) {
      *error = path() + ": given twice (each key once)";
      return false;
    }
    return dom.key(k);
  }
  bool end_object() { return leave() && dom.end_object(); }
  bool start_array(std::size_t n) { return value() && enter(false) && dom.start_array(n); }
  bool end_array() { return leave() && dom.end_array(); }
  bool parse_error(std::size_t pos, const std::string&, const nlohmann::detail::exception& ex) {
    std::string what = ex.what();
    // nlohmann prefixes "[json.exception.parse_error.101] parse error at line 1, column 2: "
    // or "[json.exception.out_of_range.406] number overflow …": keep only the reason.
    if (auto colon = what.find(": "); colon != std::string::npos) what = what.substr(colon + 2);
    else if (auto bracket = what.find("] "); bracket != std::string::npos) what = what.substr(bracket + 2);
    *error = "not valid JSON at byte " + std::to_string(pos) + ": " + what;
    return false;
  }

 private:
  bool enter(bool object) {
    if (++depth > kMaxDepth) {
      *error = "nesting deeper than " + std::to_string(kMaxDepth);
      return false;
    }
    frames.push_back(Frame{object, {}, {}, -1});
    return true;
  }
  bool leave() {
    --depth;
    frames.pop_back();
    return true;
  }
  bool value() {  // a value starts: the next element of an enclosing array
    if (!frames.empty() && !frames.back().object) ++frames.back().index;
    return true;
  }
  std::string path() const {
    std::string p;
    for (const Frame& f : frames)
      p += f.object ? (p.empty() ? "" : ".") + f.key : "[" + std::to_string(f.index) + "]";
    return p.size() > 200 ? p.substr(0, 197) + "..." : p;
  }
};

}  // namespace

bool parse_json(const std::string& text, Json* out, std::string* error) {
  if (text.size() > kMaxInputBytes) {
    *error = "input is " + std::to_string(text.size()) + " bytes, over the 1 MiB limit";
    return false;
  }
  // nlohmann's lexer takes a NUL byte for the end of input and ignores the rest (issue 11).
  if (const std::size_t nul = text.find('\0'); nul != std::string::npos) {
    *error = "not valid JSON at byte " + std::to_string(nul + 1) + ": NUL byte";
    return false;
  }
  Json result;
  std::string err;
  LimitedSax sax(result, &err);
  const bool ok = Json::sax_parse(text, &sax, nlohmann::detail::input_format_t::json, true);
  if (!ok || !err.empty()) {
    *error = err.empty() ? std::string("not valid JSON") : err;
    return false;
  }
  *out = std::move(result);
  return true;
}

double json_number(const Json& j, const char* key, double fallback) {
  if (!j.is_object()) return fallback;
  auto it = j.find(key);
  return (it != j.end() && it->is_number()) ? it->get<double>() : fallback;
}

std::string json_string(const Json& j, const char* key, const std::string& fallback) {
  if (!j.is_object()) return fallback;
  auto it = j.find(key);
  return (it != j.end() && it->is_string()) ? it->get<std::string>() : fallback;
}

int json_int(const Json& j, const char* key, int fallback) {
  double v = json_number(j, key, std::nan(""));
  return std::isnan(v) ? fallback : static_cast<int>(v);
}

std::string json_dump(const Json& j, int indent) {
  return j.dump(indent, ' ', false, Json::error_handler_t::replace);
}

}  // namespace modelwatt
