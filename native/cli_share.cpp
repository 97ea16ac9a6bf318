// `modelwatt share`: a scenario file <-> the URL state of the app and the embed card.
//   share FILE [--metric M] [--lang L] [--theme T] [--view V]   the app link's query string
//   share --embed FILE [--base URL]                              the iframe snippet for an article
//   share --decode QUERY                                         the scenarios as contract JSON
#include <cstdio>

#include "core/card.h"
#include "core/catalog.h"
#include "core/embed_snippet.h"
#include "core/json_read.h"
#include "native/cli.h"

namespace modelwatt::cli {

// --metric/--lang/--theme/--view checked by the same rules as a link's parameters.
bool view_state(const Args& a, UrlState* st, Error* error) {
  std::string q = "v=1&s=_";
  if (!a.metric.empty()) q += "&metric=" + url_encode(a.metric);
  if (!a.view.empty()) q += "&view=" + url_encode(a.view);
  if (!a.theme.empty()) q += "&theme=" + url_encode(a.theme);
  if (a.lang != "en") q += "&lang=" + url_encode(a.lang);  // en is also the default: the link then follows the reader
  if (!decode_url_state(q, st, error)) {
    error->path = "--" + error->path;
    return false;
  }
  return true;
}

static int print_embed(const Card& card, const Args& a) {
  Error e;
  if (!check_embed_base(a.base_url, &e)) return bad_input(e.message());
  if (a.base_url.empty()) std::fprintf(stderr, "note: paths are relative; give --base https://your.site/modelwatt/\n");
  return write_stdout(embed_snippet(card, a.base_url));
}

int cmd_share(const Args& a) {
  if (a.positional.size() != 1)
    return bad_input(a.decode ? "share --decode: needs one QUERY" : "share: needs one FILE (or - for stdin)");
  const Catalog& catalog = builtin_catalog();
  if (a.decode) {
    UrlState st;
    std::vector<Scenario> scenarios;
    Error e;
    if (!decode_url_scenarios(a.positional[0], catalog, &st, &scenarios, &e)) return bad_input(e.message());
    return write_stdout(json_dump(st.scenarios, 2) + "\n");
  }
  std::string text;
  if (!read_input(a.positional[0], &text)) return kBadInput;
  UrlState view;
  Card card;
  Error e;
  if (!view_state(a, &view, &e) || !card_from_json(text, view, catalog, &card, &e)) return bad_input(e.message());
  if (a.embed) return print_embed(std::move(card), a);
  std::string query;
  if (!encode_url_state(card.state, &query, &e)) return bad_input(e.message());
  return write_stdout(query + "\n");
}

}  // namespace modelwatt::cli
