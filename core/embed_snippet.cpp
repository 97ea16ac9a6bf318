#include "core/embed_snippet.h"

#include "core/json/print_number.h"
#include "core/svg_chart.h"

namespace modelwatt {

std::string embed_id(const std::string& app_query) {
  unsigned long long h = 1469598103934665603ULL;  // FNV-1a
  for (unsigned char c : app_query) h = (h ^ c) * 1099511628211ULL;
  return "mw-" + print_hex(h & 0xFFFFFF, 6);  // "mw-%06llx"
}

std::string embed_snippet(Card card, const std::string& base_url) {
  card.state.embed_id = embed_id(card_query(card, true));
  const std::string query = card_query(card, false);
  std::string base = base_url;
  if (!base.empty() && base.back() != '/') base += '/';
  const Lang lang = card_lang(card);
  // Without embed.js the card keeps this height and scrolls inside; 330 px of chrome + a row per bar.
  const int height = 330 + 52 * static_cast<int>(card.results.size());
  const std::string b = xml_escape(base);
  return "<iframe src=\"" + b + "embed.html?" + xml_escape(query) + "\" id=\"" + card.state.embed_id + "\" title=\"" +
         xml_escape("ModelWatt — " + card_title(card, lang)) + "\" loading=\"lazy\" width=\"100%\" height=\"" +
         std::to_string(height) + "\" style=\"width:100%;max-width:1200px;border:0\" data-modelwatt></iframe>\n" +
         "<script src=\"" + b + "embed.js\" async></script>\n";
}

bool check_embed_base(const std::string& base, Error* error) {
  for (unsigned char c : base)
    if (c <= 0x20 || c == 0x7F || c == '"' || c == '<' || c == '>' || c == '\\') {
      *error = Error{"--base", "must be a URL without spaces, quotes, < > or control characters"};
      return false;
    }
  // A scheme is letters, digits, + - . before the first ':' that comes before any '/', '?' or '#'.
  const std::size_t colon = base.find(':');
  const std::size_t stop = base.find_first_of("/?#");
  if (colon == std::string::npos || (stop != std::string::npos && stop < colon)) return true;  // relative
  std::string scheme = base.substr(0, colon);
  for (char& c : scheme) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  if ((scheme == "http" || scheme == "https") && base.compare(colon, 3, "://") == 0) return true;
  *error = Error{"--base", "must start with http:// or https://, or be a relative path (got scheme \"" +
                               clip_utf8(base.substr(0, colon), 20) + "\")"};
  return false;
}

}  // namespace modelwatt
