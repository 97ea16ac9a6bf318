// App chrome, panels and messages, in English and Italian. Placeholders {0}, {1} are filled by fill().
#include "core/strings/table.h"

namespace modelwatt {
namespace {

const I18nEntry kUi[] = {
    {"ui.title", "ModelWatt", "ModelWatt"},
    {"ui.tagline", "Compute, energy, carbon, water and cost of AI models", "Calcolo, energia, carbonio, acqua e costo dei modelli di IA"},
    {"nav.compare", "Compare", "Confronta"},
    {"nav.assumptions", "Assumptions", "Ipotesi"},
    {"nav.inference", "Inference", "Inferenza"},
    {"nav.sources", "Sources & method", "Fonti e metodo"},
    {"nav.validation", "Validation", "Validazione"},
    {"ui.language", "Language", "Lingua"},
    {"ui.theme", "Theme", "Tema"},
    {"ui.scale", "Scale", "Scala"},
    {"theme.system", "System", "Sistema"},
    {"theme.light", "Light", "Chiaro"},
    {"theme.dark", "Dark", "Scuro"},
    {"scale.linear", "Linear", "Lineare"},
    {"scale.log", "Log", "Log"},
    {"compare.add", "+ Add scenario", "+ Aggiungi scenario"},
    {"compare.remove", "Remove this scenario", "Rimuovi questo scenario"},
    {"compare.custom", "Custom scenario", "Scenario personalizzato"},
    {"compare.baseline", "baseline", "riferimento"},
    {"compare.ratio_note", "Ratios (×) are to the first scenario, the baseline. Click any number to see how it is computed.",
     "I rapporti (×) sono rispetto al primo scenario, il riferimento. Tocca un numero per vedere come è calcolato."},
    {"compare.headline", "{0} used {1} the GPU-hours of {2} ({3}) and {4} its training energy.",
     "{0} ha usato {1} le ore-GPU di {2} ({3}) e {4} la sua energia di addestramento."},
    {"compare.equivalences", "Training energy and CO₂e, in everyday terms", "Energia e CO₂e dell'addestramento, in termini quotidiani"},
    {"compare.invalid", "This scenario has an error; showing its last valid values.", "Questo scenario ha un errore; mostro gli ultimi valori validi."},
    {"compare.pick", "Scenario {0}", "Scenario {0}"},
    {"chart.flops", "Training compute", "Calcolo di addestramento"},
    {"chart.gpu_hours", "Accelerator-hours", "Ore-acceleratore"},
    {"chart.energy", "Energy (facility, with PUE)", "Energia (data center, con PUE)"},
    {"chart.co2e", "CO₂e: operational + embodied", "CO₂e: operativa + incorporata"},
    {"chart.water", "Water (on-site + electricity generation)", "Acqua (in sito + produzione elettrica)"},
    {"chart.cost", "Cost (GPU-hours at rental price)", "Costo (ore-GPU a prezzo di noleggio)"},
    {"chart.operational", "operational", "operativa"},
    {"chart.embodied", "embodied", "incorporata"},
    {"chart.na", "n/a", "n.d."},
    {"chart.log_note", "Log scale: stacked parts are split in proportion to their values.", "Scala log: le parti impilate sono divise in proporzione ai valori."},
    {"assume.for", "Scenario", "Scenario"},
    {"assume.reset_all", "Reset to published", "Ripristina i valori pubblicati"},
    {"assume.reset", "Reset", "Ripristina"},
    {"assume.clear", "Clear", "Svuota"},
    {"assume.not_a_number", "not a number", "non è un numero"},
    {"assume.unset", "not set", "non impostato"},
    {"assume.accelerator", "Accelerator", "Acceleratore"},
    {"assume.precision", "Precision", "Precisione"},
    {"assume.region", "Region (grid)", "Regione (rete elettrica)"},
    {"assume.label", "Label", "Etichetta"},
    {"assume.preset", "Published run", "Addestramento pubblicato"},
    {"assume.refused", "Refused: {0}", "Rifiutato: {0}"},
    {"assume.sources", "Sources", "Fonti"},
    {"assume.intro", "Every input of the scenario. Badges say where a value comes from; hover or tap a badge for its source.",
     "Tutti i dati dello scenario. Le etichette indicano l'origine del valore; passa il mouse sopra un'etichetta o toccala per vederne la fonte."},
    {"inf.intro", "Serving the model: per query, per fleet, and against training.", "Uso del modello in produzione: per richiesta, per l'intera infrastruttura e rispetto all'addestramento."},
    {"inf.chart", "Energy per query, with providers' published figures", "Energia per richiesta, con i dati pubblicati dai fornitori"},
    {"inf.references", "Provider reference points (their own boundaries)", "Valori di riferimento dei fornitori (con i loro confini)"},
    {"inf.outputs", "Results", "Risultati"},
    {"inf.per_year", "Fleet energy per year", "Energia della flotta all'anno"},
    {"inf.none", "This scenario has no inference section.", "Questo scenario non ha una sezione di inferenza."},
    {"explain.title", "How this number is computed", "Come è calcolato questo numero"},
    {"explain.inputs", "Inputs and their sources", "Dati e loro fonti"},
    {"explain.steps", "Formula, values plugged in", "Formula, con i valori"},
    {"explain.close", "Close", "Chiudi"},
    {"explain.copy", "Copy", "Copia"},
    {"explain.none", "Not computed: an input is missing.", "Non calcolato: manca un dato."},
    {"sources.method", "Method", "Metodo"},
    {"sources.method_text",
     "Training compute is 6 × active parameters × tokens unless published. Accelerator-hours are published, "
     "or days × 24 × count, or compute / (peak × MFU). IT energy = accelerator-hours × power; facility energy = "
     "IT energy × PUE. Operational CO₂e = facility energy × grid intensity; embodied CO₂e amortises "
     "manufacturing over the hardware's lifetime. Water = IT energy × on-site WUE + facility energy × off-site "
     "water of electricity. Inference: compute per query = 2 × active parameters × tokens, at the stated utilization.",
     "Il calcolo di addestramento è 6 × parametri attivi × token, salvo dato pubblicato. Le ore-acceleratore sono "
     "pubblicate, oppure giorni × 24 × numero, oppure calcolo / (picco × MFU). Energia IT = ore × potenza; energia "
     "del data center = energia IT × PUE. CO₂e operativa = energia × intensità della rete; la CO₂e incorporata "
     "ripartisce la produzione sulla vita dell'hardware. Acqua = energia IT × WUE in sito + energia × acqua della "
     "produzione elettrica. Inferenza: calcolo per richiesta = 2 × parametri attivi × token, all'utilizzo indicato."},
    {"sources.used", "Sources used by the scenarios on screen", "Fonti usate dagli scenari sullo schermo"},
    {"sources.catalog", "Catalog {0}, {1}: {2} sources.", "Catalogo {0}, {1}: {2} fonti."},
    {"valid.intro", "Published footprints re-derived by the engine from their published inputs.",
     "Impronte pubblicate ricalcolate dal motore a partire dai dati pubblicati."},
    {"valid.run", "Run", "Modello"},
    {"valid.metric", "Metric", "Metrica"},
    {"valid.estimate", "Estimate", "Stima"},
    {"valid.published", "Published", "Pubblicato"},
    {"valid.diff", "Difference", "Differenza"},
    {"valid.status", "Within tolerance", "Entro la tolleranza"},
    {"valid.ok", "yes (±{0}%)", "sì (±{0}%)"},
    {"valid.fail", "no (±{0}%)", "no (±{0}%)"},
    {"valid.summary", "{0} of {1} rows within tolerance.", "{0} righe su {1} entro la tolleranza."},
    {"valid.context", "context", "contesto"},
    {"valid.summary_context", "{0} of {1} rows within tolerance; {2} context rows (known gaps, never a failure).",
     "{0} righe su {1} entro la tolleranza; {2} righe di contesto (scarti noti, mai un errore)."},
    {"web.loading", "Loading ModelWatt…", "Caricamento di ModelWatt…"},
    {"web.no_webgl", "Your browser cannot run the interactive app (WebGL2 is unavailable). Here are the results for the default comparison, computed by the same engine.",
     "Il tuo browser non può eseguire l'app interattiva (WebGL2 non disponibile). Ecco i risultati del confronto predefinito, calcolati dallo stesso motore."},
    {"web.context_lost", "The graphics context was lost; restoring…", "Il contesto grafico è andato perso; ripristino…"},
};

}  // namespace

const I18nEntry* i18n_ui_table(std::size_t* count) {
  *count = sizeof kUi / sizeof kUi[0];
  return kUi;
}

}  // namespace modelwatt
