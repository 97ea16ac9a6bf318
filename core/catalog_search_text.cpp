// Text normalisation for catalog search: UTF-8 -> lower-case ASCII where a Latin letter has an
// accent, separators -> spaces, then tokens.
#include <cstdint>

#include "core/catalog_search.h"

namespace modelwatt {
namespace {

// U+00C0 … U+00FF (a space marks the two symbols × and ÷, which separate).
const char* const kLatin1[64] = {"a", "a", "a", "a", "a",  "a",  "ae", "c", "e", "e", "e",  "e", "i",
                                 "i", "i", "i", "d", "n",  "o",  "o",  "o", "o", "o", " ",  "o", "u",
                                 "u", "u", "u", "y", "th", "ss", "a",  "a", "a", "a", "a",  "a", "ae",
                                 "c", "e", "e", "e", "e",  "i",  "i",  "i", "i", "d", "n",  "o", "o",
                                 "o", "o", "o", " ", "o",  "u",  "u",  "u", "u", "y", "th", "y"};
// U+0100 … U+017F, one base letter each (Ĳ ĳ and Œ œ are spelled out below).
const char kLatinExtA[] =
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiijjjjkkkllllllllllnnnnnnnnnoooooooorrrrrrssssssss"
    "ttttttuuuuuuuuuuuuwwyyyzzzzzzs";

// Decodes one UTF-8 sequence at s[*i]; returns the code point (0xFFFD for a malformed byte).
std::uint32_t next_code_point(const std::string& s, std::size_t* i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = byte(*i);
  int extra = c < 0x80 ? 0 : (c >> 5) == 6 ? 1 : (c >> 4) == 14 ? 2 : (c >> 3) == 30 ? 3 : -1;
  if (extra < 0 || *i + static_cast<std::size_t>(extra) > s.size() - 1) {
    ++*i;
    return 0xFFFD;
  }
  std::uint32_t cp = extra == 0 ? c : c & (0x3F >> extra);
  for (int k = 1; k <= extra; ++k) {
    if ((byte(*i + k) & 0xC0) != 0x80) {
      ++*i;
      return 0xFFFD;
    }
    cp = (cp << 6) | (byte(*i + k) & 0x3F);
  }
  *i += extra + 1;
  return cp;
}

void append_utf8(std::uint32_t cp, std::string* out) {
  if (cp < 0x800) {
    *out += static_cast<char>(0xC0 | (cp >> 6));
  } else if (cp < 0x10000) {
    *out += static_cast<char>(0xE0 | (cp >> 12));
    *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  } else {
    *out += static_cast<char>(0xF0 | (cp >> 18));
    *out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  }
  *out += static_cast<char>(0x80 | (cp & 0x3F));
}

// Appends the folded form of one code point: ASCII letters and digits lower-cased, accented Latin
// letters as their base letters, other letters (Greek, CJK, …) unchanged, anything else a space.
void fold_code_point(std::uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    const char c = static_cast<char>(cp);
    if (c >= 'A' && c <= 'Z')
      *out += static_cast<char>(c - 'A' + 'a');
    else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
      *out += c;
    else
      *out += ' ';
  } else if (cp >= 0xC0 && cp <= 0xFF) {
    *out += kLatin1[cp - 0xC0];
  } else if (cp == 0x132 || cp == 0x133) {
    *out += "ij";
  } else if (cp == 0x152 || cp == 0x153) {
    *out += "oe";
  } else if (cp >= 0x100 && cp <= 0x17F) {
    *out += kLatinExtA[cp - 0x100];
  } else if (cp >= 0x300 && cp <= 0x36F) {
    // combining accents (decomposed text): dropped, so "e\u0301" = "e"
  } else if (cp < 0xC0 || (cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x3000 && cp <= 0x303F) || cp == 0xFFFD ||
             cp == 0xFEFF) {
    *out += ' ';  // Latin-1 symbols, general and CJK punctuation, malformed bytes
  } else {
    append_utf8(cp, out);
  }
}

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_letter(char c) {
  return !is_digit(c) && c != ' ';
}

}  // namespace

std::string search_fold(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) fold_code_point(next_code_point(text, &i), &out);
  return out;
}

std::vector<std::string> search_tokens(const std::string& text) {
  const std::string folded = search_fold(text);
  std::vector<std::string> tokens;
  std::string cur;
  for (std::size_t i = 0; i <= folded.size(); ++i) {
    const char c = i < folded.size() ? folded[i] : ' ';
    const bool split = c == ' ' || (is_digit(c) && !cur.empty() && is_letter(cur.back()));
    if (split && !cur.empty()) {
      tokens.push_back(cur);
      cur.clear();
    }
    if (c != ' ') cur += c;
  }
  return tokens;
}

}  // namespace modelwatt
