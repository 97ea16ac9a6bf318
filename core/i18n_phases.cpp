// Words of inference by phases (issue 10): field labels, hints, the choices of "method" and "boundary",
// and the added outputs, in English and Italian.
#include "core/i18n_table.h"

namespace modelwatt {
namespace {

const I18nEntry kPhases[] = {
    {"group.serving_advanced", "Serving: prefill and decode details (prefill + decode method only)",
     "Uso in produzione: dettagli di prefill e decodifica (solo con il metodo prefill + decodifica)"},
    {"field.model.layers", "Layers", "Numero di layer"},
    {"field.model.kv_heads", "Key/value heads", "Teste key/value (KV)"},
    {"field.model.head_dim", "Head dimension", "Dimensione di ciascuna testa"},
    {"field.inference.method", "How serving time is computed", "Metodo di calcolo del tempo di servizio"},
    {"field.inference.reasoning_tokens", "Reasoning tokens per query", "Token di ragionamento per richiesta"},
    {"field.inference.batch_size", "Batch size", "Dimensione del batch"},
    {"field.inference.gpus_per_replica", "GPUs per replica", "GPU per replica"},
    {"field.inference.boundary", "Measurement boundary", "Perimetro di misura"},
    {"field.inference.mfu_prefill", "Prefill MFU (fraction of peak)", "MFU del prefill (frazione del picco)"},
    {"field.inference.mbu_decode", "Decode MBU (fraction of bandwidth)",
     "MBU della decodifica (frazione della banda)"},
    {"field.inference.bytes_per_param", "Bytes per weight", "Byte per peso"},
    {"field.inference.kv_bytes_per_token", "KV-cache bytes per token", "Byte di cache KV per token"},
    {"field.inference.host_overhead", "Host overhead (share of accelerator energy)",
     "Consumo dell'host (quota dell'energia degli acceleratori)"},
    {"field.inference.idle_overhead", "Idle-capacity overhead (share of active energy)",
     "Consumo della capacità inattiva (quota dell'energia attiva)"},
    {"option.method.flops", "FLOPs ÷ utilization", "FLOP ÷ utilizzo"},
    {"option.method.phases", "Prefill + decode", "Prefill + decodifica"},
    {"option.boundary.accelerator", "Accelerators only", "Solo acceleratori"},
    {"option.boundary.server", "Server (+ host CPU and memory)", "Server (+ CPU e memoria dell'host)"},
    {"option.boundary.fleet", "Fleet (+ idle capacity)", "Flotta (+ capacità inattiva)"},
    {"hint.model.layers", "From the model's configuration (Llama 3.1 70B: 80).",
     "Dalla configurazione del modello (Llama 3.1 70B: 80)."},
    {"hint.model.kv_heads", "Heads that store keys and values (8 with grouped-query attention in Llama 3).",
     "Teste che memorizzano chiavi e valori (8 con la grouped-query attention di Llama 3)."},
    {"hint.model.head_dim", "Usually hidden size ÷ attention heads, e.g. 128.",
     "Di solito dimensione nascosta ÷ teste di attenzione, per esempio 128."},
    {"hint.inference.method",
     "FLOPs ÷ utilization is the basic estimate; prefill + decode accounts for the batch and the memory "
     "bandwidth.",
     "FLOP ÷ utilizzo è la stima di base; prefill + decodifica tiene conto del batch e della banda di "
     "memoria."},
    {"hint.inference.reasoning_tokens", "Hidden thinking tokens before the answer; they count as output.",
     "Token di ragionamento nascosti prima della risposta; contano come token in uscita."},
    {"hint.inference.batch_size", "Sequences decoded together on one replica; 32 assumed (8–128).",
     "Sequenze decodificate insieme su una replica; si ipotizza 32 (da 8 a 128)."},
    {"hint.inference.gpus_per_replica",
     "Accelerators holding one copy of the weights; empty = the smallest power of two they fit in.",
     "Acceleratori che ospitano una copia dei pesi; vuoto = la più piccola potenza di due in cui entrano."},
    {"hint.inference.boundary",
     "What the energy counts: the accelerators, the whole server (+43 %) or the fleet with its idle capacity "
     "(a further +12 %).",
     "Che cosa conta l'energia: gli acceleratori, l'intero server (+43 %) o la flotta con la capacità "
     "inattiva (un ulteriore +12 %)."},
    {"hint.inference.mfu_prefill",
     "Share of the peak reached while computing the prompt: 0.5 assumed (0.3–0.7).",
     "Quota del picco raggiunta durante l'elaborazione del prompt: si ipotizza 0,5 (da 0,3 a 0,7)."},
    {"hint.inference.mbu_decode", "Share of the memory bandwidth reached in decode: 0.6 assumed (0.4–0.8).",
     "Quota della banda di memoria raggiunta nella decodifica: si ipotizza 0,6 (da 0,4 a 0,8)."},
    {"hint.inference.bytes_per_param", "Empty = from the precision: FP8 1, BF16 2, FP32 4.",
     "Vuoto = dalla precisione: FP8 1, BF16 2, FP32 4."},
    {"hint.inference.kv_bytes_per_token",
     "Empty = 2 × layers × KV heads × head dimension × bytes per weight.",
     "Vuoto = 2 × layer × teste KV × dimensione della testa × byte per peso."},
    {"hint.inference.host_overhead",
     "Host energy per unit of accelerator energy; 0.43 with the server or fleet boundary.",
     "Energia dell'host per unità di energia degli acceleratori; 0,43 con perimetro server o flotta."},
    {"hint.inference.idle_overhead",
     "Idle-capacity energy per unit of active energy; 0.12 with the fleet boundary.",
     "Energia della capacità inattiva per unità di energia attiva; 0,12 con perimetro flotta."},
    {"phases.sentence.time", "Per query: prefill {0}, then decode {1} ({2} % of the time), on a replica of {3} GPUs.",
     "Per richiesta: prefill {0}, poi decodifica {1} ({2} % del tempo), su una replica di {3} GPU."},
    {"phases.sentence.time_one", "Per query: prefill {0}, then decode {1} ({2} % of the time), on one GPU.",
     "Per richiesta: prefill {0}, poi decodifica {1} ({2} % del tempo), su una sola GPU."},
    {"phases.sentence.memory",
     "The decode is limited by memory bandwidth: a larger batch shares each read of the weights among more queries.",
     "La decodifica è limitata dalla banda di memoria: un batch più grande divide ogni lettura dei pesi fra più richieste."},
    {"phases.sentence.compute", "The decode is limited by compute: a larger batch no longer lowers the time per token.",
     "La decodifica è limitata dal calcolo: un batch più grande non riduce più il tempo per token."},
    {"phases.sentence.throughput", "The replica produces {0}.", "La replica produce {0}."},
    {"out.inference.prefill_seconds_per_query", "Prefill time per query", "Tempo di prefill per richiesta"},
    {"out.inference.decode_seconds_per_query", "Decode time per query", "Tempo di decodifica per richiesta"},
    {"out.inference.step_seconds", "Time per decode step", "Durata di un passo di decodifica"},
    {"out.inference.gpus_per_replica", "GPUs per replica", "GPU per replica"},
    {"out.inference.tokens_per_second_per_replica", "Tokens per second per replica",
     "Token al secondo per replica"},
    {"out.inference.energy_it_j_per_output_token", "IT energy per output token",
     "Energia IT per token generato"},
};

}  // namespace

const I18nEntry* i18n_phases_table(std::size_t* count) {
  *count = sizeof kPhases / sizeof kPhases[0];
  return kPhases;
}

}  // namespace modelwatt
