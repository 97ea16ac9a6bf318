// The claim checker's warning about a dominant assumption (core/claim_warning.h), in English and
// Italian. "claimwarn.subject.<path>" names the input the way a sentence needs it: English puts the
// owner first ("DeepSeek-V3's assumed input tokens per query"), Italian needs the preposition, article
// and participle to agree with the noun ("dai token … ipotizzati per DeepSeek-V3"), so each common
// driver has its phrase and any other input falls back to "claimwarn.subject" with its field label.
#include "core/strings/table.h"

namespace modelwatt {
namespace {

const I18nEntry kClaim[] = {
    {"claimwarn.sentence", "{0} of the spread comes from {1}; the two sides do not use the same value ({2} vs {3}).",
     "{0} dell'incertezza dipende {1}; i due scenari non usano lo stesso valore ({2} contro {3})."},
    {"claimwarn.both", "both sides'", "entrambi gli scenari"},
    {"claimwarn.subject", "{0} assumed “{1}”", "dal valore di «{1}» ipotizzato per {0}"},
    {"claimwarn.subject.inference.input_tokens", "{0} assumed input tokens per query",
     "dai token in ingresso per richiesta ipotizzati per {0}"},
    {"claimwarn.subject.inference.output_tokens", "{0} assumed output tokens per query",
     "dai token in uscita per richiesta ipotizzati per {0}"},
    {"claimwarn.subject.inference.utilization", "{0} assumed utilization", "dall'utilizzo ipotizzato per {0}"},
    {"claimwarn.subject.inference.power_w", "{0} assumed power per accelerator",
     "dalla potenza per acceleratore ipotizzata per {0}"},
    {"claimwarn.subject.inference.pue", "{0} assumed PUE", "dal PUE ipotizzato per {0}"},
    {"claimwarn.subject.inference.grid_gco2e_per_kwh", "{0} assumed grid intensity",
     "dall'intensità carbonica della rete ipotizzata per {0}"},
    {"claimwarn.subject.inference.energy_it_wh_per_query", "{0} assumed IT energy per query",
     "dall'energia IT per richiesta ipotizzata per {0}"},
    {"claimwarn.subject.model.params_active", "{0} assumed active parameters", "dai parametri attivi ipotizzati per {0}"},
    {"claimwarn.subject.model.params_total", "{0} assumed total parameters", "dai parametri totali ipotizzati per {0}"},
    {"claimwarn.subject.training.mfu", "{0} assumed MFU", "dall'MFU ipotizzato per {0}"},
    {"claimwarn.subject.training.power_w", "{0} assumed power per accelerator",
     "dalla potenza per acceleratore ipotizzata per {0}"},
    {"claimwarn.subject.training.pue", "{0} assumed PUE", "dal PUE ipotizzato per {0}"},
    {"claimwarn.subject.training.grid_gco2e_per_kwh", "{0} assumed grid intensity",
     "dall'intensità carbonica della rete ipotizzata per {0}"},
    {"claimwarn.subject.training.gpu_hours", "{0} assumed GPU-hours", "dalle ore-GPU ipotizzate per {0}"},
    {"claimwarn.subject.training.tokens", "{0} assumed training tokens", "dai token di addestramento ipotizzati per {0}"},
    // What the align action changed (a notice at the aligned scenario, and the claim panel's note).
    {"claimwarn.aligned", "{0} now uses the same “{1}” as {2}: {3} (was {4}).",
     "{0} ora usa lo stesso valore di {2} per «{1}»: {3} (prima {4})."},
};

}  // namespace

const I18nEntry* i18n_claim_table(std::size_t* count) {
  *count = sizeof kClaim / sizeof kClaim[0];
  return kClaim;
}

}  // namespace modelwatt
