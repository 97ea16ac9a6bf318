// Text -> Json: a recursive-descent parser that never throws. Recursion is bounded by kMaxDepth
// (16), so hostile input cannot exhaust the stack; every refusal names the byte or the field.
#include <cstdint>
#include <string>
#include <vector>

#include "core/json/decimal.h"
#include "core/json/print_number.h"
#include "core/json_read.h"
#include "core/utf8.h"

namespace modelwatt {
namespace {

class Parser {
 public:
  Parser(const std::string& text, std::string* error) : s_(text), error_(error) {}

  bool parse(Json* out) {
    if (s_.compare(0, 3, "\xEF\xBB\xBF") == 0) pos_ = 3;  // a UTF-8 BOM is skipped, as nlohmann did
    if (!value(out)) return false;
    skip_space();
    return pos_ == s_.size() ||
           fail("syntax error while parsing value - unexpected " + token() + "; expected end of input");
  }

 private:
  // Where we are, for "scenarios[1].training.pue: given twice".
  struct Frame {
    bool object;
    std::string key;
    long index;
  };

  bool fail(const std::string& what) {
    *error_ = "not valid JSON at byte " + std::to_string(pos_ + 1) + ": " + what;
    return false;
  }
  void skip_space() {
    while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\t' || s_[pos_] == '\n' || s_[pos_] == '\r'))
      ++pos_;
  }
  std::string token() const {  // the next token as nlohmann's messages name it
    if (pos_ >= s_.size()) return "end of input";
    const char c = s_[pos_];
    if (c == '"') return "string literal";
    if (c == '-' || (c >= '0' && c <= '9')) return "number literal";
    if (c == 't' || c == 'f' || c == 'n')
      return c == 't' ? "true literal" : c == 'f' ? "false literal" : "null literal";
    if (std::string("[]{}:,").find(c) != std::string::npos) return std::string("'") + c + "'";
    return "<parse error>";
  }
  bool at(char c) {
    skip_space();
    if (pos_ < s_.size() && s_[pos_] == c) return ++pos_, true;
    return false;
  }

  bool value(Json* out) {
    skip_space();
    if (!frames_.empty() && !frames_.back().object) ++frames_.back().index;
    if (pos_ >= s_.size())
      return fail(
          "syntax error while parsing value - unexpected end of input; expected '[', '{', or a literal");
    switch (s_[pos_]) {
      case '{':
        return object(out);
      case '[':
        return array(out);
      case '"': {
        std::string text;
        if (!string(&text)) return false;
        *out = Json(std::move(text));
        return true;
      }
      case 't':
        return literal("true", Json(true), out);
      case 'f':
        return literal("false", Json(false), out);
      case 'n':
        return literal("null", Json(), out);
      default:
        return number(out);
    }
  }

  bool literal(const char* word, Json v, Json* out) {
    for (std::size_t k = 0; word[k]; ++k)
      if (pos_ + k >= s_.size() || s_[pos_ + k] != word[k]) return pos_ += k, invalid_literal();
    pos_ += std::char_traits<char>::length(word);
    *out = std::move(v);
    return true;
  }

  // nlohmann's message for a character that starts no value: "last read" quotes everything its
  // lexer read since the last string or number began, up to the offending character.
  bool invalid_literal() { return lexer_error("invalid literal"); }
  bool lexer_error(const std::string& what) {
    std::string read;
    for (std::size_t k = token_start_; k <= pos_ && k < s_.size(); ++k) {
      const unsigned char c = static_cast<unsigned char>(s_[k]);
      if (c <= 0x1F)
        read += "<U+" + print_hex(c, 4, true) + ">";  // printf's "<U+%.4X>"
      else
        read += static_cast<char>(c);
    }
    return fail("syntax error while parsing value - " + what + "; last read: '" + read + "'");
  }

  bool enter(bool object) {
    if (static_cast<int>(frames_.size()) >= kMaxDepth) {
      *error_ = "nesting deeper than " + std::to_string(kMaxDepth);
      return false;
    }
    frames_.push_back(Frame{object, {}, -1});
    ++pos_;  // the '{' or '['
    return true;
  }

  bool object(Json* out) {
    if (!enter(true)) return false;
    Json obj = Json::object();
    if (!at('}')) {
      do {
        skip_space();
        std::string key;
        if (pos_ >= s_.size() || s_[pos_] != '"')
          return fail("syntax error while parsing object key - unexpected " + token() +
                      "; expected string literal");
        if (!string(&key)) return false;
        frames_.back().key = key;
        // Duplicates are refused (issue 11): with "last wins" the first value was never validated.
        if (obj.contains(key)) return *error_ = path() + ": given twice (each key once)", false;
        if (!at(':'))
          return fail("syntax error while parsing object separator - unexpected " + token() +
                      "; expected ':'");
        if (!value(&obj[key])) return false;
      } while (at(','));
      if (!at('}'))
        return fail("syntax error while parsing object - unexpected " + token() + "; expected '}'");
    }
    frames_.pop_back();
    *out = std::move(obj);
    return true;
  }

  bool array(Json* out) {
    if (!enter(false)) return false;
    Json arr = Json::array();
    if (!at(']')) {
      do {
        Json element;
        if (!value(&element)) return false;
        arr.push_back(std::move(element));
      } while (at(','));
      if (!at(']'))
        return fail("syntax error while parsing array - unexpected " + token() + "; expected ']'");
    }
    frames_.pop_back();
    *out = std::move(arr);
    return true;
  }

  std::string path() const {
    std::string p;
    for (const Frame& f : frames_)
      p += f.object ? (p.empty() ? "" : ".") + f.key : "[" + std::to_string(f.index) + "]";
    return p.size() > 200 ? p.substr(0, 197) + "..." : p;
  }

  bool string(std::string* out);
  bool escape(std::string* out);
  bool hex4(unsigned* code);
  bool number(Json* out);

  const std::string& s_;
  std::string* error_;
  std::size_t pos_ = 0;
  std::size_t token_start_ = 0;  // where the last string or number began (for "last read")
  std::vector<Frame> frames_;
};

// Reads "…" at pos_ (on the quote) into *out, checking UTF-8 as nlohmann's lexer did.
bool Parser::string(std::string* out) {
  token_start_ = pos_++;
  while (true) {
    if (pos_ >= s_.size()) return lexer_error("invalid string: missing closing quote");
    const unsigned char c = static_cast<unsigned char>(s_[pos_]);
    if (c == '"') return ++pos_, true;
    if (c == '\\') {
      if (!escape(out)) return false;
      continue;
    }
    if (c < 0x20) return lexer_error("invalid string: control character must be escaped");
    std::size_t prefix = 0;
    const std::size_t n = utf8_length(s_, pos_, &prefix);
    if (n == 0) {
      pos_ += prefix;  // nlohmann read the offending byte before refusing it
      return lexer_error("invalid string: ill-formed UTF-8 byte");
    }
    out->append(s_, pos_, n);
    pos_ += n;
  }
}

bool Parser::hex4(unsigned* code) {
  *code = 0;
  for (int k = 0; k < 4; ++k, ++pos_) {
    const char h = pos_ < s_.size() ? s_[pos_] : '\0';
    const int d = h >= '0' && h <= '9'   ? h - '0'
                  : h >= 'a' && h <= 'f' ? h - 'a' + 10
                  : h >= 'A' && h <= 'F' ? h - 'A' + 10
                                         : -1;
    if (d < 0) return lexer_error("invalid string: '\\u' must be followed by 4 hex digits");
    *code = *code * 16 + static_cast<unsigned>(d);
  }
  return true;
}

// One escape at pos_ (on the backslash); \uD83D\uDE00 pairs become one code point.
bool Parser::escape(std::string* out) {
  const char e = pos_ + 1 < s_.size() ? s_[pos_ + 1] : '\0';
  pos_ += 2;
  static const char kFrom[] = "\"\\/bfnrt", kTo[] = "\"\\/\b\f\n\r\t";
  for (int k = 0; k < 8; ++k)
    if (e == kFrom[k]) return *out += kTo[k], true;
  if (e != 'u') return --pos_, lexer_error("invalid string: forbidden character after backslash");
  unsigned code = 0;
  if (!hex4(&code)) return false;
  if (code >= 0xDC00 && code <= 0xDFFF)
    return lexer_error("invalid string: surrogate U+DC00..U+DFFF must follow U+D800..U+DBFF");
  if (code >= 0xD800 && code <= 0xDBFF) {
    unsigned low = 0;
    if (s_.compare(pos_, 2, "\\u") != 0 || (pos_ += 2, !hex4(&low)) || low < 0xDC00 || low > 0xDFFF)
      return lexer_error("invalid string: surrogate U+D800..U+DBFF must be followed by U+DC00..U+DFFF");
    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
  }
  // UTF-8 encoding of the code point.
  if (code < 0x80)
    *out += static_cast<char>(code);
  else if (code < 0x800)
    *out += static_cast<char>(0xC0 | (code >> 6));
  else if (code < 0x10000)
    *out += static_cast<char>(0xE0 | (code >> 12));
  else
    *out += static_cast<char>(0xF0 | (code >> 18));
  for (int shift = code < 0x80 ? -6 : code < 0x800 ? 0 : code < 0x10000 ? 6 : 12; shift >= 0; shift -= 6)
    *out += static_cast<char>(0x80 | ((code >> shift) & 0x3F));
  return true;
}

// JSON's number grammar, -?(0|[1-9]d*)(.d+)?([eE][+-]?d+)?. Integers that fit int64 (negative) or
// uint64 stay integers, as nlohmann kept them; the rest is a double, refused if infinite.
bool Parser::number(Json* out) {
  const std::size_t last_token_start = token_start_;
  const std::size_t start = token_start_ = pos_;
  auto digit = [&] { return pos_ < s_.size() && s_[pos_] >= '0' && s_[pos_] <= '9'; };
  auto digits = [&] {
    std::size_t from = pos_;
    while (digit()) ++pos_;
    return pos_ > from;
  };
  const bool negative = pos_ < s_.size() && s_[pos_] == '-';
  if (negative) ++pos_;
  if (!digit()) {
    if (negative) return lexer_error("invalid number; expected digit after '-'");
    token_start_ = last_token_start;
    return invalid_literal();
  }
  if (s_[pos_] == '0')
    ++pos_;
  else
    digits();
  bool integral = true;
  if (pos_ < s_.size() && s_[pos_] == '.') {
    ++pos_, integral = false;
    if (!digits()) return lexer_error("invalid number; expected digit after '.'");
  }
  if (pos_ < s_.size() && (s_[pos_] == 'e' || s_[pos_] == 'E')) {
    ++pos_, integral = false;
    const bool sign = pos_ < s_.size() && (s_[pos_] == '+' || s_[pos_] == '-');
    if (sign) ++pos_;
    if (!digits())
      return lexer_error(sign ? "invalid number; expected digit after exponent sign"
                              : "invalid number; expected '+', '-', or digit after exponent");
  }
  const std::string text = s_.substr(start, pos_ - start);
  if (integral) {
    uint64_t magnitude = 0;
    bool fits = true;
    for (std::size_t k = negative ? 1 : 0; k < text.size() && fits; ++k) {
      const uint64_t d = static_cast<uint64_t>(text[k] - '0');
      fits = magnitude <= (UINT64_MAX - d) / 10;
      magnitude = magnitude * 10 + d;
    }
    if (fits && !negative) return *out = Json(magnitude), true;
    if (fits && magnitude <= uint64_t{1} << 63)
      return *out = Json(magnitude == uint64_t{1} << 63 ? INT64_MIN : -static_cast<int64_t>(magnitude)), true;
  }
  double v = 0;
  read_decimal(text.data(), text.data() + text.size(), &v);
  if (v - v != 0) {  // infinite; nlohmann counted the character after the number as read
    const std::size_t byte = pos_ + (pos_ == s_.size() ? 1 : 0);
    *error_ = "not valid JSON at byte " + std::to_string(byte) + ": number overflow parsing '" + text + "'";
    return false;
  }
  *out = Json(v);
  return true;
}

}  // namespace

bool parse_json(const std::string& text, Json* out, std::string* error) {
  if (text.size() > kMaxInputBytes) {
    *error = "input is " + std::to_string(text.size()) + " bytes, over the 1 MiB limit";
    return false;
  }
  // A NUL byte ended the input for nlohmann's lexer, which ignored the rest (issue 11): refused.
  if (const std::size_t nul = text.find('\0'); nul != std::string::npos) {
    *error = "not valid JSON at byte " + std::to_string(nul + 1) + ": NUL byte";
    return false;
  }
  Json result;
  std::string err;
  if (!Parser(text, &err).parse(&result)) {
    *error = err.empty() ? std::string("not valid JSON") : err;
    return false;
  }
  *out = std::move(result);
  return true;
}

}  // namespace modelwatt
