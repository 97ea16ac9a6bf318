// The iframe snippet an article pastes to embed a card (`modelwatt share --embed` and the app's
// Share panel print the same text, so both are written here once).
#pragma once
#include <string>

#include "core/card.h"

namespace modelwatt {

// Short stable id per state ("mw-2aa3e0"), so two cards on one page never share one.
std::string embed_id(const std::string& app_query);
// <iframe … loading="lazy" title="…"> plus <script src="…embed.js" async>, every attribute escaped.
// `base` is where embed.html lives ("" = relative paths); a trailing '/' is added when missing.
std::string embed_snippet(Card card, const std::string& base);
// Whether `base` may go into the snippet's src attributes: http://, https://, protocol-relative or
// a relative path, with no control characters or spaces (issue 11: never "javascript:" or "data:").
// On failure *error = {"--base", reason}.
bool check_embed_base(const std::string& base, Error* error);

}  // namespace modelwatt
