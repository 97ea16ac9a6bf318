// The calculator form's words: group titles (one question's worth each) and a hint per field, as
// the GOV.UK pattern asks (a visible label, then a hint that says what to type and where to find it).
#include "core/strings/table.h"

namespace modelwatt {
namespace {

const I18nEntry kForm[] = {
    {"group.model", "Model size", "Dimensioni del modello"},
    {"group.run", "Training run", "Addestramento"},
    {"group.energy", "Energy", "Energia"},
    {"group.carbon", "Carbon", "Emissioni di carbonio"},
    {"group.water", "Water", "Acqua"},
    {"group.cost", "Cost", "Costo"},
    {"group.queries", "Serving: queries", "Uso in produzione: richieste"},
    {"group.serving", "Serving: hardware", "Uso in produzione: hardware"},
    {"group.serving_site", "Serving: data centre and grid", "Uso in produzione: data center e rete elettrica"},
    {"field.training.accelerator", "Accelerator", "Acceleratore"},
    {"field.training.precision", "Precision of the peak", "Precisione del picco"},
    {"field.training.region", "Grid region", "Regione della rete elettrica"},
    {"field.training.datacenter", "Data centre", "Data center"},
    {"field.inference.accelerator", "Accelerator", "Acceleratore"},
    {"field.inference.precision", "Precision of the peak", "Precisione del picco"},
    {"field.inference.region", "Grid region", "Regione della rete elettrica"},
    {"field.inference.datacenter", "Data centre", "Data center"},
    {"hint.training.precision", "The dense peak used for MFU: FP8 is twice BF16 on Hopper.",
     "Il picco denso usato per l'MFU: su Hopper FP8 vale il doppio di BF16."},
    {"hint.training.region", "Sets the grid's carbon intensity (the year is in the name).",
     "Fissa l'intensità carbonica della rete (l'anno è nel nome)."},
    {"hint.training.datacenter", "Sets PUE and on-site water unless you type them.",
     "Fissa PUE e acqua in sito, se non li scrivi tu."},
    {"hint.inference.region", "Sets the grid's carbon intensity (the year is in the name).",
     "Fissa l'intensità carbonica della rete (l'anno è nel nome)."},
    {"hint.inference.datacenter", "Sets PUE and on-site water unless you type them.",
     "Fissa PUE e acqua in sito, se non li scrivi tu."},
    {"unit.billion_params", "billion parameters", "miliardi di parametri"},
    {"unit.trillion_tokens", "trillion tokens", "mila miliardi di token"},
    {"hint.model.params_total", "In billions: 13 for a 13B model, 671 for DeepSeek-V3.",
     "In miliardi: 13 per un modello da 13 miliardi, 671 per DeepSeek-V3."},
    {"hint.model.params_active",
     "In billions, for a mixture of experts: the parameters used per token (DeepSeek-V3: 37). Empty for a dense model.",
     "In miliardi, per un mixture of experts: i parametri usati per ogni token (DeepSeek-V3: 37). Vuoto per un modello denso."},
    {"hint.training.tokens", "In trillions: 2 for 2T tokens, 14.8 for DeepSeek-V3.",
     "In migliaia di miliardi: 2 per 2T token, 14,8 per DeepSeek-V3."},
    {"hint.training.flops", "Only if the report gives it; otherwise derived as 6 × active parameters × tokens.",
     "Solo se il rapporto lo indica; altrimenti si ricava come 6 × parametri attivi × token."},
    {"hint.training.count", "How many GPUs or TPUs ran at once, e.g. 256.", "Quante GPU o TPU lavoravano insieme, per esempio 256."},
    {"hint.training.gpu_hours", "Only if published; otherwise derived from FLOPs, peak and MFU.",
     "Solo se pubblicate; altrimenti si ricavano da FLOP, picco e MFU."},
    {"hint.training.days", "Wall-clock length of the run, if known.", "Durata effettiva dell'addestramento, se nota."},
    {"hint.training.mfu", "Share of the peak actually used: 0.4 or 40 %.", "Quota del picco davvero usata: 0,4 o 40 %."},
    {"hint.training.power_w", "Average draw per accelerator; empty = its TDP.", "Consumo medio per acceleratore; vuoto = il suo TDP."},
    {"hint.training.energy_it_kwh", "A measured total, if the report gives one.", "Un totale misurato, se il rapporto lo indica."},
    {"hint.training.pue", "Facility energy ÷ IT energy, 1 or more (1.1 efficient, 1.56 industry average).",
     "Energia del data center ÷ energia IT, almeno 1 (1,1 efficiente, 1,56 media del settore)."},
    {"hint.training.grid_gco2e_per_kwh", "Set by the region; type a value to override it.",
     "La fissa la regione; scrivi un valore per sostituirlo."},
    {"hint.training.market_gco2e_per_kwh", "With renewable contracts, if disclosed.", "Con contratti di energia rinnovabile, se dichiarata."},
    {"hint.training.wue_onsite_l_per_kwh", "Cooling water per IT kWh.", "Acqua di raffreddamento per kWh IT."},
    {"hint.training.water_offsite_l_per_kwh", "Water used to generate each kWh.", "Acqua usata per produrre ogni kWh."},
    {"hint.training.embodied_kgco2e_per_accelerator", "Manufacturing footprint of one accelerator.",
     "Impronta di fabbricazione di un acceleratore."},
    {"hint.training.lifetime_years", "Years the hardware is used, to spread its embodied carbon.",
     "Anni di utilizzo dell'hardware, su cui si ripartisce la CO₂e incorporata."},
    {"hint.training.gpu_hour_price_usd", "Rental price, e.g. $2.", "Prezzo di noleggio, per esempio 2 $."},
    {"hint.training.electricity_price_usd_per_kwh", "Optional.", "Facoltativo."},
    {"hint.inference.input_tokens", "Prompt length, e.g. 500.", "Lunghezza della domanda, per esempio 500."},
    {"hint.inference.output_tokens", "Reply length, e.g. 300.", "Lunghezza della risposta, per esempio 300."},
    {"hint.inference.queries_per_day", "For the fleet totals, e.g. 1M.", "Per i totali della flotta, per esempio 1M."},
    {"hint.inference.days", "How long the model is served.", "Per quanto tempo il modello resta in servizio."},
    {"hint.inference.utilization", "Share of the peak used while serving: 0.1 or 10 %.",
     "Quota del picco usata in produzione: 0,1 o 10 %."},
    {"hint.inference.power_w", "Average draw per accelerator; empty = its TDP.", "Consumo medio per acceleratore; vuoto = il suo TDP."},
    {"hint.inference.energy_it_wh_per_query", "A measured value, if you have one.", "Un valore misurato, se lo hai."},
    {"hint.inference.pue", "Facility energy ÷ IT energy, 1 or more.", "Energia del data center ÷ energia IT, almeno 1."},
};

}  // namespace

const I18nEntry* i18n_form_table(std::size_t* count) {
  *count = sizeof kForm / sizeof kForm[0];
  return kForm;
}

}  // namespace modelwatt
