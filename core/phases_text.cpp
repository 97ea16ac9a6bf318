#include "core/phases_text.h"

#include <cstring>

#include "core/i18n.h"

namespace modelwatt {

std::string phases_sentence(const InferenceResult& r, Lang lang) {
  if (!r.phases || !has(r.prefill_seconds_per_query) || !has(r.decode_seconds_per_query)) return "";
  const double total = r.prefill_seconds_per_query + r.decode_seconds_per_query;
  const double decode_share = total > 0 ? r.decode_seconds_per_query / total : kNone;
  const bool one = r.gpus_per_replica == 1;
  std::string s = fill(tr(one ? "phases.sentence.time_one" : "phases.sentence.time", lang),
                       {format_quantity(r.prefill_seconds_per_query, Unit::seconds, lang),
                        format_quantity(r.decode_seconds_per_query, Unit::seconds, lang),
                        has(decode_share) ? format_sig(decode_share * 100, lang, 2) : "?",
                        format_quantity(r.gpus_per_replica, Unit::count, lang)});
  if (r.decode_bound) {
    const bool memory = std::strcmp(r.decode_bound, "memory") == 0;
    s += " " + std::string(tr(memory ? "phases.sentence.memory" : "phases.sentence.compute", lang));
  }
  if (has(r.tokens_per_second_per_replica))
    s += " " + fill(tr("phases.sentence.throughput", lang),
                    {format_quantity(r.tokens_per_second_per_replica, Unit::tokens_per_second, lang)});
  if (r.notes & InferenceResult::kv_cache_unknown) s += " " + std::string(tr("phases.sentence.kv_unknown", lang));
  return s;
}

}  // namespace modelwatt
