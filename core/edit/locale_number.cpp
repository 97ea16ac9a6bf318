#include "core/edit/locale_number.h"

#include <cmath>
#include <vector>

#include "core/error.h"
#include "core/i18n.h"
#include "core/number_input.h"

namespace modelwatt {
namespace {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> parts(1);
  for (char c : s) {
    if (c == sep)
      parts.emplace_back();
    else
      parts.back() += c;
  }
  return parts;
}

// 1–3 digits, then groups of exactly three: "4", "096" / "1", "234", "567".
bool grouped(const std::vector<std::string>& parts) {
  if (parts.size() < 2 || parts[0].empty() || parts[0].size() > 3) return false;
  for (std::size_t i = 1; i < parts.size(); ++i)
    if (parts[i].size() != 3) return false;
  return true;
}

std::string join(const std::vector<std::string>& parts) {
  std::string out;
  for (const std::string& p : parts) out += p;
  return out;
}

// The digits of `token` with '.' as the decimal point, read with `dec`/`grp` as the separators;
// false when they do not fit. `*was_grouped` says a lone group separator was read as thousands.
bool canonical(const std::string& token, char dec, char grp, std::string* out, bool* was_grouped) {
  *was_grouped = false;
  const std::size_t last = token.find_last_of(".,");
  if (last == std::string::npos) return *out = token, true;
  const bool has_dec = token.find(dec) != std::string::npos, has_grp = token.find(grp) != std::string::npos;
  if (has_dec && has_grp) {
    if (token[last] != dec) return false;
    const std::string whole = token.substr(0, last), frac = token.substr(last + 1);
    if (whole.find(dec) != std::string::npos || frac.empty()) return false;
    const std::vector<std::string> parts = split(whole, grp);
    if (!grouped(parts)) return false;
    return *out = join(parts) + "." + frac, true;
  }
  if (has_dec) {
    const std::vector<std::string> parts = split(token, dec);
    if (parts.size() != 2) return false;
    return *out = parts[0] + "." + parts[1], true;
  }
  const std::vector<std::string> parts = split(token, grp);
  if (grouped(parts) && parts[0] != "0") {
    *was_grouped = true;
    return *out = join(parts), true;
  }
  // A lone separator that cannot be a thousands group ("1.5" in Italian) is a decimal point.
  if (parts.size() == 2 && !parts[1].empty()) return *out = parts[0] + "." + parts[1], true;
  return false;
}

NumberReading refuse(const char* key, std::initializer_list<std::string> args, Lang lang) {
  NumberReading r;
  r.message = fill(tr(key, lang), args);
  return r;
}

}  // namespace

NumberReading read_locale_number(const std::string& text, Unit unit, Lang lang, bool small_decimal) {
  std::string s = trim_blanks(text);
  const std::string quoted = excerpt(s);
  double scale = 1;
  if (!s.empty() && s.back() == '%' && unit == Unit::ratio) {  // "40 %" for a fraction of peak
    s = trim_blanks(s.substr(0, s.size() - 1));
    scale = 0.01;
  }
  std::size_t start = 0;
  while (start < s.size() && !is_digit(s[start]) && s[start] != '.' && s[start] != ',') ++start;
  std::size_t end = start;
  while (end < s.size() && (is_digit(s[end]) || s[end] == '.' || s[end] == ',')) ++end;
  const std::string token = s.substr(start, end - start);
  const char dec = lang == Lang::it ? ',' : '.', grp = lang == Lang::it ? '.' : ',';
  std::string canon;
  bool was_grouped = false;
  if (token.empty()) return refuse("edit.num.nan", {quoted, format_input(1.25, unit, lang)}, lang);
  if (!canonical(token, dec, grp, &canon, &was_grouped)) {
    std::string other;
    bool ignored;
    if (canonical(token, grp, dec, &other, &ignored)) {
      double v;
      if (parse_input(other, Unit::none, &v))
        return refuse("edit.num.foreign", {quoted, format_input(v, Unit::none, lang)}, lang);
    }
    return refuse("edit.num.separators", {quoted}, lang);
  }
  double v = kNone;
  if (!parse_input(s.substr(0, start) + canon + s.substr(end), unit, &v) || !std::isfinite(v))
    return refuse("edit.num.nan", {quoted, format_input(1.25, unit, lang)}, lang);
  v *= scale;
  if (was_grouped && small_decimal) {
    const std::string as_decimal = token.substr(0, token.find(grp)) + dec + token.substr(token.find(grp) + 1);
    return refuse("edit.num.ambiguous", {quoted, format_input(v, Unit::none, lang), as_decimal}, lang);
  }
  NumberReading r;
  r.ok = true;
  r.value = v;
  return r;
}

}  // namespace modelwatt
