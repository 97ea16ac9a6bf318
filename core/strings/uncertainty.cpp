// The app's uncertainty faces (whiskers, tornado charts, "Check a claim"), in English and Italian.
// Input names come from "field.*" and metric names from "out.*" (i18n_data.cpp).
#include "core/strings/table.h"

namespace modelwatt {
namespace {

const I18nEntry kUncertainty[] = {
    {"nav.uncertainty", "Uncertainty", "Incertezza"},
    {"unc.intro",
     "Most inputs behind AI footprints are not disclosed. ModelWatt samples each undisclosed input over a range "
     "(with its source where one exists) and shows how sure every number is and which assumption drives it.",
     "La maggior parte dei dati dietro l'impronta dell'IA non è pubblica. ModelWatt campiona ogni dato non "
     "dichiarato in un intervallo (con la sua fonte, dove esiste) e mostra quanto è certo ogni numero e quale "
     "ipotesi lo determina."},
    {"unc.interval", "90% interval (p5–p95): {0} – {1}", "Intervallo al 90% (p5–p95): {0} – {1}"},
    {"unc.ratio_interval", "Ratio to the baseline, 90% interval: {0}", "Rapporto rispetto al riferimento, intervallo al 90%: {0}"},
    {"unc.whiskers_note", "Whiskers: 90% interval (p5–p95) over the ranges of undisclosed inputs ({0} samples).",
     "Barre: intervallo al 90% (p5–p95) al variare dei dati non dichiarati ({0} campioni)."},
    {"unc.live", "Fewer samples while you drag; the full count on release.",
     "Meno campioni mentre trascini; tutti i campioni quando rilasci."},
    {"claim.title", "Check a claim", "Verifica un'affermazione"},
    {"claim.intro", "A claim compares one metric of two scenarios: A is at most, at least or about a ratio × B.",
     "Un'affermazione confronta una metrica di due scenari: A è al massimo, almeno o circa un rapporto × B."},
    {"claim.a", "Scenario A", "Scenario A"},
    {"claim.b", "Scenario B", "Scenario B"},
    {"claim.metric", "Metric", "Metrica"},
    {"claim.op", "Claim", "Affermazione"},
    {"claim.ratio", "Ratio (× B)", "Rapporto (× B)"},
    {"claim.tolerance", "Tolerance (±%)", "Tolleranza (±%)"},
    {"claim.op.at_most", "at most", "al massimo"},
    {"claim.op.at_least", "at least", "almeno"},
    {"claim.op.about", "about", "circa"},
    {"claim.bad_number", "Enter a number above 0.", "Inserisci un numero maggiore di 0."},
    {"claim.same", "Pick two different scenarios.", "Scegli due scenari diversi."},
    {"claim.need_two", "Add a second scenario in Compare to check a claim.",
     "Aggiungi un secondo scenario in Confronta per verificare un'affermazione."},
    {"claim.ratio_interval", "A / B, 90% interval: {0}", "A / B, intervallo al 90%: {0}"},
    {"claim.probability", "Probability that the claim holds: {0}", "Probabilità che l'affermazione sia vera: {0}"},
    {"claim.verdict.supported", "Supported", "Confermata"},
    {"claim.verdict.not_supported", "Not supported", "Non confermata"},
    {"claim.verdict.undecided", "Undecided", "Incerta"},
    {"claim.legend", "Bar: 90% interval of A / B · tick: median · dot: point estimate · dashed line: the claimed ratio",
     "Barra: intervallo al 90% di A / B · tacca: mediana · punto: stima puntuale · linea tratteggiata: il rapporto dichiarato"},
    {"claim.claimed", "claimed", "dichiarato"},
    {"claim.drivers", "What moves the ratio most", "Cosa sposta di più il rapporto"},
    {"tornado.title", "What drives the spread", "Cosa determina l'incertezza"},
    {"tornado.intro",
     "Each bar moves one uncertain input from its p5 to its p95 with the rest at their point values; the largest "
     "swings are on top. Dark: input at p5; light: input at p95.",
     "Ogni barra sposta un dato incerto dal suo p5 al suo p95, con gli altri ai valori puntuali; le oscillazioni "
     "più grandi sono in alto. Scuro: dato al p5; chiaro: dato al p95."},
    {"tornado.none", "No uncertain input moves this number.", "Nessun dato incerto sposta questo numero."},
    {"tornado.more", "+ {0} more inputs with smaller effects", "+ altri {0} dati con effetti minori"},
    {"tornado.input_range", "{0}: from {1} to {2}", "{0}: da {1} a {2}"},
    {"tornado.output_range", "Result: from {0} to {1}", "Risultato: da {0} a {1}"},
    {"tornado.share", "Share of the spread: {0}", "Quota dell'incertezza: {0}"},
};

}  // namespace

const I18nEntry* i18n_uncertainty_table(std::size_t* count) {
  *count = sizeof kUncertainty / sizeof kUncertainty[0];
  return kUncertainty;
}

}  // namespace modelwatt
