// State of the Share / export popup and of the URL sync (ui/url_sync.h), kept inside AppState.
#pragma once
#include <string>

namespace modelwatt {

struct ShareState {
  bool open = false;                 // ask the popup to open on the next frame
  std::string metric = "gpu_hours";  // the chart that links, embeds and image exports show
  std::string link_error;            // the core's message for a link that could not be opened
  std::string status_key, status_arg, status_detail;  // last action's outcome ("share.saved", path)
  // URL sync bookkeeping: the last query handed to the platform and what it was computed from.
  std::string query;
  std::string unlinkable;  // why the current state cannot be encoded ("" = it can)
  int synced_version = -1, synced_view = -1;
  std::string synced_metric;
  bool lang_pinned = false;  // the link carried lang=, or the user switched language: keep it in links
};

}  // namespace modelwatt
