#include "core/edit/field_hint.h"

#include <cmath>

#include "core/estimate_phases.h"
#include "core/i18n.h"

namespace modelwatt {
namespace {

std::string num(double v, Lang lang) {
  return format_sig(v, lang, 3);
}
std::string pct(double share, Lang lang) {
  return num(std::round(share * 100), lang) + " %";
}

}  // namespace

std::string field_hint(const std::string& path, Lang lang) {
  const std::string key = "hint." + path;
  if (!has_tr(key)) return "";
  const char* t = tr(key, lang);
  if (path == "inference.batch_size")
    return fill(t, {num(kDefaultBatchSize, lang), num(kBatchSizeLow, lang), num(kBatchSizeHigh, lang)});
  if (path == "inference.mfu_prefill")
    return fill(t, {num(kDefaultMfuPrefill, lang), num(kMfuPrefillLow, lang), num(kMfuPrefillHigh, lang)});
  if (path == "inference.mbu_decode")
    return fill(t, {num(kDefaultMbuDecode, lang), num(kMbuDecodeLow, lang), num(kMbuDecodeHigh, lang)});
  if (path == "inference.boundary")
    return fill(t, {pct(kServerHostOverhead, lang), pct(kFleetIdleOverhead, lang)});
  if (path == "inference.host_overhead") return fill(t, {num(kServerHostOverhead, lang)});
  if (path == "inference.idle_overhead") return fill(t, {num(kFleetIdleOverhead, lang)});
  return t;
}

}  // namespace modelwatt
