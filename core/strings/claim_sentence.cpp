// The claim checker's sentence (core/claim.h, claim_sentence): "{A} used between 1/12 and 1/10 of the
// GPU-hours of {B}: the claim 'at most 0.1×' is supported (probability 97%)." Each output a claim can
// compare has a verb and a noun; Italian nouns carry their partitive article ("delle ore-GPU").
#include "core/strings/table.h"

namespace modelwatt {
namespace {

const I18nEntry kClaimSentence[] = {
    {"claim.sentence", "{0}: the claim '{1}' {2} (probability {3}).",
     "{0}: l'affermazione «{1}» {2} (probabilità {3})."},
    {"claim.phrase.times", "{0} {1} {2} the {3} of {4}", "{0} {1} {2} {3} di {4}"},
    {"claim.phrase.fractions", "{0} {1} {2} of the {3} of {4}", "{0} {1} {2} {3} di {4}"},
    {"claim.phrase.other.times", "{0} had {1} the {2} of {3}", "{0} ha {1} del valore {2} di {3}"},
    {"claim.phrase.other.fractions", "{0} had {1} of the {2} of {3}", "{0} ha {1} del valore {2} di {3}"},
    {"claim.is.supported", "is supported", "è confermata"},
    {"claim.is.not_supported", "is not supported", "non è confermata"},
    {"claim.is.undecided", "is undecided", "resta incerta"},
    {"claim.text.at_most", "at most {0}", "al massimo {0}"},
    {"claim.text.at_least", "at least {0}", "almeno {0}"},
    {"claim.text.about", "about {0} (±{1}%)", "circa {0} (±{1}%)"},
    {"claim.interval.about", "about {0}", "circa {0}"},
    {"claim.interval.between", "between {0} and {1}", "tra {0} e {1}"},
    {"claim.verb.flops", "used", "ha usato"},
    {"claim.noun.flops", "compute (FLOP)", "del calcolo (FLOP)"},
    {"claim.verb.gpu_hours", "used", "ha usato"},
    {"claim.noun.gpu_hours", "GPU-hours", "delle ore-GPU"},
    {"claim.verb.wall_days", "took", "ha richiesto"},
    {"claim.noun.wall_days", "wall-clock time", "del tempo"},
    {"claim.verb.energy_it_kwh", "used", "ha usato"},
    {"claim.noun.energy_it_kwh", "IT energy", "dell'energia IT"},
    {"claim.verb.energy_kwh", "used", "ha usato"},
    {"claim.noun.energy_kwh", "energy", "dell'energia"},
    {"claim.verb.co2e_kg", "emitted", "ha emesso"},
    {"claim.noun.co2e_kg", "CO₂e", "della CO₂e"},
    {"claim.verb.co2e_market_kg", "emitted", "ha emesso"},
    {"claim.noun.co2e_market_kg", "market-based CO₂e", "della CO₂e market-based"},
    {"claim.verb.co2e_embodied_kg", "embodied", "ha incorporato"},
    {"claim.noun.co2e_embodied_kg", "embodied CO₂e", "della CO₂e incorporata"},
    {"claim.verb.co2e_total_kg", "emitted", "ha emesso"},
    {"claim.noun.co2e_total_kg", "total CO₂e", "della CO₂e totale"},
    {"claim.verb.water_l", "used", "ha consumato"},
    {"claim.noun.water_l", "water", "dell'acqua"},
    {"claim.verb.water_onsite_l", "used", "ha consumato"},
    {"claim.noun.water_onsite_l", "on-site water", "dell'acqua in loco"},
    {"claim.verb.water_offsite_l", "used", "ha consumato"},
    {"claim.noun.water_offsite_l", "off-site water", "dell'acqua fuori sito"},
    {"claim.verb.cost_usd", "needed", "ha richiesto"},
    {"claim.noun.cost_usd", "GPU cost", "del costo GPU"},
    {"claim.verb.electricity_cost_usd", "needed", "ha richiesto"},
    {"claim.noun.electricity_cost_usd", "electricity cost", "del costo dell'elettricità"},
    {"claim.verb.flops_per_query", "used", "ha usato"},
    {"claim.noun.flops_per_query", "compute per query", "del calcolo per richiesta"},
    {"claim.verb.energy_wh_per_query", "used", "ha usato"},
    {"claim.noun.energy_wh_per_query", "energy per query", "dell'energia per richiesta"},
    {"claim.verb.energy_it_wh_per_query", "used", "ha usato"},
    {"claim.noun.energy_it_wh_per_query", "IT energy per query", "dell'energia IT per richiesta"},
    {"claim.verb.co2e_g_per_query", "emitted", "ha emesso"},
    {"claim.noun.co2e_g_per_query", "CO₂e per query", "della CO₂e per richiesta"},
    {"claim.verb.water_ml_per_query", "used", "ha consumato"},
    {"claim.noun.water_ml_per_query", "water per query", "dell'acqua per richiesta"},
    {"claim.verb.energy_it_j_per_output_token", "used", "ha usato"},
    {"claim.noun.energy_it_j_per_output_token", "IT energy per output token",
     "dell'energia IT per token generato"},
    {"claim.verb.prefill_seconds_per_query", "took", "ha richiesto"},
    {"claim.noun.prefill_seconds_per_query", "prefill time per query", "del tempo di prefill per richiesta"},
    {"claim.verb.decode_seconds_per_query", "took", "ha richiesto"},
    {"claim.noun.decode_seconds_per_query", "decode time per query", "del tempo di decodifica per richiesta"},
};

}  // namespace

const I18nEntry* i18n_claim_sentence_table(std::size_t* count) {
  *count = sizeof kClaimSentence / sizeof kClaimSentence[0];
  return kClaimSentence;
}

}  // namespace modelwatt
