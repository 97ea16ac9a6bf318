// The editing model's words (core/edit/): how a typed number was read, why a value was refused, what
// followed a change of accelerator, region or datacenter, and the app's form chrome.
#include "core/strings/table.h"

namespace modelwatt {
namespace {

const I18nEntry kEdit[] = {
    {"edit.num.nan", "“{0}” is not a number. Type digits, for example {1}.",
     "«{0}» non è un numero. Scrivi delle cifre, per esempio {1}."},
    {"edit.num.foreign", "“{0}” is written the Italian way; in English type {1}.",
     "«{0}» è scritto all'inglese; in italiano scrivi {1}."},
    {"edit.num.separators", "“{0}” has its separators in the wrong places.",
     "In «{0}» i separatori sono nel posto sbagliato."},
    {"edit.num.ambiguous", "“{0}” is ambiguous here: with a thousands separator it reads {1}. For a decimal, type {2}.",
     "«{0}» qui è ambiguo: con il punto delle migliaia si legge {1}. Per un numero decimale scrivi {2}."},
    {"edit.rule.non_negative", "Must be 0 or more (read as {0}).", "Deve essere 0 o più (letto come {0})."},
    {"edit.rule.positive", "Must be more than 0 (read as {0}).", "Deve essere maggiore di 0 (letto come {0})."},
    {"edit.rule.at_least_one", "Must be at least 1 (read as {0}).", "Deve essere almeno 1 (letto come {0})."},
    {"edit.rule.fraction", "Must be a fraction above 0 and at most 1, such as 0.4 or 40 % (read as {0}).",
     "Deve essere una frazione maggiore di 0 e al massimo 1, come 0,4 o 40 % (letto come {0})."},
    {"edit.rule.positive_integer", "Must be a whole number, 1 or more (read as {0}).",
     "Deve essere un numero intero, almeno 1 (letto come {0})."},
    {"edit.required.hours",
     "Needed to estimate GPU-hours: parameters and training tokens (or FLOPs) with an accelerator and MFU, or days and the number of accelerators.",
     "Per stimare le ore-GPU servono parametri e token di addestramento (o i FLOP) con acceleratore e MFU, oppure i giorni e il numero di acceleratori."},
    {"edit.required.power", "Needed: a power per accelerator, as this accelerator has no published TDP.",
     "Serve la potenza per acceleratore: questo acceleratore non ha un TDP pubblicato."},
    {"edit.required.inference",
     "Needed to estimate a query: parameters, input and output tokens, an accelerator and its utilization (or a measured energy per query).",
     "Per stimare una richiesta servono parametri, token in ingresso e in uscita, un acceleratore e il suo utilizzo (o un'energia per richiesta misurata)."},
    {"edit.required.field", "This value is needed for the estimate.", "Questo valore serve alla stima."},
    {"edit.refused.precision", "{0} has no published dense {1} peak; it has {2}.",
     "{0} non ha un picco denso {1} pubblicato; ha {2}."},
    {"edit.refused.precision_short", "{0} has no published dense peak at this precision.",
     "{0}: nessun picco denso pubblicato a questa precisione."},
    {"edit.refused.active", "Active parameters cannot exceed the total.", "I parametri attivi non possono superare il totale."},
    {"edit.refused.unknown", "Not in the catalog: {0}.", "Non presente nel catalogo: {0}."},
    {"edit.refused.other", "Not accepted by the calculator ({0}).", "Non accettato dal calcolatore ({0})."},
    {"edit.follow", "{0} now follows {1}: {2} (was {3}).", "{0} ora segue {1}: {2} (prima {3})."},
    {"edit.follow.precision", "Precision set to {0}: {1} has no {2} peak.",
     "Precisione impostata a {0}: {1} non ha un picco {2}."},
    {"edit.active_dense", "Active parameters now equal the total ({0}, a dense model): the published {1} active was more than the new total.",
     "I parametri attivi ora coincidono con il totale ({0}, modello denso): i {1} attivi pubblicati superavano il nuovo totale."},
    {"edit.own_model", "Your own model", "Il tuo modello"},
    {"edit.scenario_n", "Scenario {0}", "Scenario {0}"},
    {"edit.assumed.own",
     "Starting value of “your own model”, an assumption: change it to your run's figure.",
     "Valore iniziale di «il tuo modello», un'ipotesi: sostituiscilo con il dato del tuo addestramento."},
    {"edit.assumed.inference", "Starting value for serving, an assumption (as for DeepSeek-V3 in the catalog).",
     "Valore iniziale per l'uso in produzione, un'ipotesi (come per DeepSeek-V3 nel catalogo)."},
    {"edit.assumed.mfu",
     "MFU {0}, implied by the published GPU-hours, so the estimate starts from the published figure; change it to try another efficiency.",
     "MFU {0}, ricavata dalle ore-GPU pubblicate: la stima parte dal dato pubblicato; modificala per provare un'altra efficienza."},
    {"edit.derived_value", "derived: {0}", "ricavato: {0}"},
    {"edit.not_set", "not set", "non impostato"},
};

}  // namespace

const I18nEntry* i18n_edit_table(std::size_t* count) {
  *count = sizeof kEdit / sizeof kEdit[0];
  return kEdit;
}

}  // namespace modelwatt
