// Strings of the embed card, the summary sentence and the paper text, in English and Italian.
#include "core/strings/table.h"

namespace modelwatt {
namespace {

// Summary templates: {0} = first scenario, {1} = ratio text ("1/11", "11", "70%"), {2} = second.
// Italian needs the article per noun, so each metric has its own sentence.
const I18nEntry kEmbed[] = {
    {"embed.metric.compute", "Compute", "Calcolo"},
    {"embed.metric.gpu_hours", "GPU-hours", "Ore-GPU"},
    {"embed.metric.energy", "Energy", "Energia"},
    {"embed.metric.co2e", "CO₂e", "CO₂e"},
    {"embed.metric.water", "Water", "Acqua"},
    {"embed.metric.cost", "Cost", "Costo"},
    {"embed.title.compute", "Training compute", "Calcolo dell'addestramento"},
    {"embed.title.gpu_hours", "GPU-hours of training", "Ore-GPU dell'addestramento"},
    {"embed.title.energy", "Training energy (data centre)", "Energia dell'addestramento (data center)"},
    {"embed.title.co2e", "Training emissions (CO₂e)", "Emissioni dell'addestramento (CO₂e)"},
    {"embed.title.water", "Training water", "Acqua dell'addestramento"},
    {"embed.title.cost", "Training cost (GPU rental)", "Costo dell'addestramento (noleggio GPU)"},
    {"embed.training_lc", "training", "addestramento"},
    {"embed.per_query", "per query", "per richiesta"},
    {"embed.open_app", "Open in ModelWatt", "Apri in ModelWatt"},
    {"embed.sources", "Sources", "Fonti"},
    {"embed.download", "Download", "Scarica"},
    {"embed.paper", "Text for a paper", "Testo per un articolo scientifico"},
    {"embed.metric_group", "Metric", "Metrica"},
    {"embed.language", "Language", "Lingua"},
    {"embed.table_caption", "Values shown in the chart", "Valori mostrati nel grafico"},
    {"embed.col.scenario", "Scenario", "Scenario"},
    {"embed.col.value", "Value", "Valore"},
    {"embed.col.ratio", "Ratio to {0}", "Rapporto con {0}"},
    {"embed.reference", "reference", "riferimento"},
    {"embed.times", "{0}× {1}", "{0}× {1}"},
    {"embed.error", "This comparison cannot be shown", "Impossibile mostrare questo confronto"},
    {"embed.lang_failed", "The other language could not be loaded. Check the connection and try again.",
     "Non è stato possibile caricare l'altra lingua. Controlla la connessione e riprova."},
    {"embed.na", "n/a", "n.d."},
    {"embed.vs", "vs", "contro"},
    // The same words as the app's "chart.operational"/"chart.embodied", here so that the card's wasm
    // needs no app string table (web/embed/i18n_card.cpp).
    {"embed.part.operational", "operational", "operativa"},
    {"embed.part.embodied", "embodied", "incorporata"},
    {"embed.part.onsite", "on-site", "in sito"},
    {"embed.part.offsite", "electricity generation", "produzione elettrica"},
    {"embed.scale_log", "Log scale", "Scala logaritmica"},
    {"embed.made_with", "Made with ModelWatt", "Realizzato con ModelWatt"},
    {"embed.catalog", "catalog {0}", "catalogo {0}"},
    {"embed.sum.single", "{0} — {2}: {1}.", "{0} — {2}: {1}."},
    {"embed.sum.na", "{1} is not available for {0} with these inputs.", "{1} non è disponibile per {0} con questi dati."},
    {"embed.sum.compute.less", "{0} used about {1} of the training compute of {2}", "{0} ha usato circa {1} del calcolo di {2}"},
    {"embed.sum.compute.more", "{0} used about {1} times the training compute of {2}", "{0} ha usato circa {1} volte il calcolo di {2}"},
    {"embed.sum.compute.same", "{0} used about as much compute as {2}", "{0} ha usato circa lo stesso calcolo di {2}"},
    {"embed.sum.gpu_hours.less", "{0} used about {1} of the GPU-hours of {2}", "{0} ha usato circa {1} delle ore-GPU di {2}"},
    {"embed.sum.gpu_hours.more", "{0} used about {1} times the GPU-hours of {2}", "{0} ha usato circa {1} volte le ore-GPU di {2}"},
    {"embed.sum.gpu_hours.same", "{0} used about as many GPU-hours as {2}", "{0} ha usato circa le stesse ore-GPU di {2}"},
    {"embed.sum.energy.less", "{0} used about {1} of the energy of {2}", "{0} ha consumato circa {1} dell'energia di {2}"},
    {"embed.sum.energy.more", "{0} used about {1} times the energy of {2}", "{0} ha consumato circa {1} volte l'energia di {2}"},
    {"embed.sum.energy.same", "{0} used about as much energy as {2}", "{0} ha consumato circa la stessa energia di {2}"},
    {"embed.sum.co2e.less", "{0} emitted about {1} of the CO₂e of {2}", "{0} ha emesso circa {1} della CO₂e di {2}"},
    {"embed.sum.co2e.more", "{0} emitted about {1} times the CO₂e of {2}", "{0} ha emesso circa {1} volte la CO₂e di {2}"},
    {"embed.sum.co2e.same", "{0} emitted about as much CO₂e as {2}", "{0} ha emesso circa la stessa CO₂e di {2}"},
    {"embed.sum.water.less", "{0} consumed about {1} of the water of {2}", "{0} ha consumato circa {1} dell'acqua di {2}"},
    {"embed.sum.water.more", "{0} consumed about {1} times the water of {2}", "{0} ha consumato circa {1} volte l'acqua di {2}"},
    {"embed.sum.water.same", "{0} consumed about as much water as {2}", "{0} ha consumato circa la stessa acqua di {2}"},
    {"embed.sum.cost.less", "{0} cost about {1} of {2}", "{0} è costato circa {1} del costo di {2}"},
    {"embed.sum.cost.more", "{0} cost about {1} times as much as {2}", "{0} è costato circa {1} volte quanto {2}"},
    {"embed.sum.cost.same", "{0} cost about as much as {2}", "{0} è costato circa quanto {2}"},
    // With a 90% interval of the ratio ({1} = "between 1/12 and 1/10", "between 2.1 and 2.5").
    {"embed.sum.between", "between {0} and {1}", "tra {0} e {1}"},
    {"embed.sum.compute.range_less", "{0} used {1} of the training compute of {2}", "{0} ha usato {1} del calcolo di {2}"},
    {"embed.sum.compute.range_more", "{0} used {1} times the training compute of {2}", "{0} ha usato {1} volte il calcolo di {2}"},
    {"embed.sum.gpu_hours.range_less", "{0} used {1} of the GPU-hours of {2}", "{0} ha usato {1} delle ore-GPU di {2}"},
    {"embed.sum.gpu_hours.range_more", "{0} used {1} times the GPU-hours of {2}", "{0} ha usato {1} volte le ore-GPU di {2}"},
    {"embed.sum.energy.range_less", "{0} used {1} of the energy of {2}", "{0} ha consumato {1} dell'energia di {2}"},
    {"embed.sum.energy.range_more", "{0} used {1} times the energy of {2}", "{0} ha consumato {1} volte l'energia di {2}"},
    {"embed.sum.co2e.range_less", "{0} emitted {1} of the CO₂e of {2}", "{0} ha emesso {1} della CO₂e di {2}"},
    {"embed.sum.co2e.range_more", "{0} emitted {1} times the CO₂e of {2}", "{0} ha emesso {1} volte la CO₂e di {2}"},
    {"embed.sum.water.range_less", "{0} consumed {1} of the water of {2}", "{0} ha consumato {1} dell'acqua di {2}"},
    {"embed.sum.water.range_more", "{0} consumed {1} times the water of {2}", "{0} ha consumato {1} volte l'acqua di {2}"},
    {"embed.sum.cost.range_less", "{0} cost {1} of {2}", "{0} è costato {1} di {2}"},
    {"embed.sum.cost.range_more", "{0} cost {1} times as much as {2}", "{0} è costato {1} volte {2}"},
    // Whiskers: the chart's note, the description for screen readers and the data table's columns.
    {"embed.whiskers", "Whiskers: 90% interval (p5–p95) over the ranges of undisclosed inputs.",
     "Barre: intervallo al 90% (p5–p95) al variare dei dati non dichiarati."},
    {"embed.range", "90% interval {0} to {1}", "intervallo al 90% da {0} a {1}"},
    {"embed.col.low", "90% interval, low (p5)", "Intervallo al 90%, minimo (p5)"},
    {"embed.col.high", "90% interval, high (p95)", "Intervallo al 90%, massimo (p95)"},
    {"paper.intro", "We estimate {0} with ModelWatt {1} (catalog {2}).", "Stimiamo {0} con ModelWatt {1} (catalogo {2})."},
    {"paper.method.training",
     "Training energy is accelerator-hours × average power per accelerator × PUE (when not measured); emissions are energy × grid carbon intensity (location-based), plus embodied emissions amortised over the hardware lifetime when given; water is on-site water per kWh of IT energy plus the water of electricity generation per kWh of facility energy.",
     "L'energia di addestramento è ore-acceleratore × potenza media per acceleratore × PUE (se non misurata); le emissioni sono energia × intensità carbonica della rete (location-based), più le emissioni incorporate ammortizzate sulla vita utile dell'hardware se indicate; l'acqua è l'acqua in sito per kWh di energia IT più l'acqua della produzione elettrica per kWh di energia del data center."},
    {"paper.method.inference",
     "Inference energy per query is 2 × active parameters × tokens / (peak × utilization) × power × PUE, unless measured.",
     "L'energia di inferenza per richiesta è 2 × parametri attivi × token / (picco × utilizzo) × potenza × PUE, se non misurata."},
    {"paper.inputs", "Inputs", "Dati di ingresso"},
    {"paper.results", "Results", "Risultati"},
    {"paper.reproduce", "Reproduce with: {0}", "Per riprodurre: {0}"},
    {"paper.status_note", "Each input is marked disclosed (published by the authors), derived, assumed or user-given.",
     "Ogni dato è indicato come dichiarato (pubblicato dagli autori), derivato, ipotizzato o fornito dall'utente."},
};

}  // namespace

const I18nEntry* i18n_embed_table(std::size_t* count) {
  *count = sizeof kEmbed / sizeof kEmbed[0];
  return kEmbed;
}

}  // namespace modelwatt
