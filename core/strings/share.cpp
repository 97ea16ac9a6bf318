// The app's Share / export popup and link messages, in English and Italian.
#include "core/strings/table.h"

namespace modelwatt {
namespace {

const I18nEntry kShare[] = {
    {"share.button", "Share / export", "Condividi / esporta"},
    {"share.title", "Share and export", "Condividi ed esporta"},
    {"share.link", "Link to exactly this comparison", "Link esattamente a questo confronto"},
    {"share.copy_link", "Copy link", "Copia link"},
    {"share.embed", "Embed in an article", "Incorpora in un articolo"},
    {"share.embed_note", "Paste into the article's HTML. With embed.js the card fits its content; without it, it keeps a fixed height.",
     "Incolla nell'HTML dell'articolo. Con embed.js la scheda si adatta al contenuto; senza, mantiene un'altezza fissa."},
    {"share.copy_embed", "Copy embed code", "Copia il codice da incorporare"},
    {"share.metric", "Chart to export and embed", "Grafico da esportare e incorporare"},
    {"share.downloads", "Downloads", "Download"},
    {"share.chart", "Chart", "Grafico"},
    {"share.data", "Results", "Risultati"},
    {"share.paper", "Paragraph for a paper", "Paragrafo per un articolo scientifico"},
    {"share.png", "PNG image", "Immagine PNG"},
    {"share.svg", "SVG image", "Immagine SVG"},
    {"share.csv", "CSV table", "Tabella CSV"},
    {"share.json", "JSON (contract)", "JSON (contratto)"},
    {"share.md", "Markdown", "Markdown"},
    {"share.tex", "LaTeX", "LaTeX"},
    {"share.copied", "Copied to the clipboard.", "Copiato negli appunti."},
    {"share.downloaded", "Downloading {0}.", "Download di {0} avviato."},
    {"share.saved", "Saved {0}", "Salvato {0}"},
    {"share.failed", "Could not save {0}: {1}", "Impossibile salvare {0}: {1}"},
    {"share.no_png", "PNG: use the web app, or convert the SVG (e.g. rsvg-convert).",
     "PNG: usa l'app web, oppure converti l'SVG (per es. con rsvg-convert)."},
    {"share.unlinkable", "This comparison cannot be put in a link: {0}", "Questo confronto non può stare in un link: {0}"},
    {"share.link_error", "This link could not be opened ({0}). Showing the default comparison instead.",
     "Impossibile aprire questo link ({0}). Al suo posto mostro il confronto predefinito."},
    {"share.no_webgl_link", "Your browser cannot run the interactive app (WebGL2 is unavailable). Here are the results of the linked comparison, computed by the same engine.",
     "Il tuo browser non può eseguire l'app interattiva (WebGL2 non disponibile). Ecco i risultati del confronto del link, calcolati dallo stesso motore."},
    {"share.dismiss", "Dismiss", "Chiudi"},
    {"share.close", "Close", "Chiudi"},
};

}  // namespace

const I18nEntry* i18n_share_table(std::size_t* count) {
  *count = sizeof kShare / sizeof kShare[0];
  return kShare;
}

}  // namespace modelwatt
