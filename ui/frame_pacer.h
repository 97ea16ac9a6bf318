// Frugal rendering: frames happen only after input, a state change or a resize, never while idle.
// ImGui needs a couple of frames after an event to settle (hover, layout of new content), so each
// wake-up grants a few frames; the platform layer sleeps (glfwWaitEvents / paused main loop) when
// none are left.
#pragma once

namespace modelwatt {

class FramePacer {
 public:
  static constexpr int kSettleFrames = 3;
  void wake(int frames = kSettleFrames) { pending_ = pending_ > frames ? pending_ : frames; }
  bool wants_frame() const { return pending_ > 0; }
  // After rendering: `ui_wants_more` is ui_frame()'s answer (results changed this frame).
  void frame_done(bool ui_wants_more) {
    if (pending_ > 0) --pending_;
    if (ui_wants_more) wake(2);
  }

 private:
  int pending_ = kSettleFrames;
};

}  // namespace modelwatt
