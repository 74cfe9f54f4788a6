// Phase timings on stderr (`--timings`), for the benchmark and for users sizing a run.
#ifndef CLAIMGRAPH_CLI_PHASE_TIMER_H_
#define CLAIMGRAPH_CLI_PHASE_TIMER_H_

#include <chrono>
#include <ostream>

namespace claimgraph::cli {

class PhaseTimer {
 public:
  PhaseTimer(bool enabled, std::ostream& err) : enabled_(enabled), err_(err) {}
  PhaseTimer(const PhaseTimer&) = delete;
  PhaseTimer& operator=(const PhaseTimer&) = delete;
  ~PhaseTimer() {
    if (enabled_) err_ << "total=" << Seconds(start_) << "s\n";
  }
  // Prints the time since the previous mark under `phase`.
  void Mark(const char* phase) {
    if (!enabled_) return;
    err_ << phase << "=" << Seconds(last_) << "s ";
    last_ = Clock::now();
  }

 private:
  using Clock = std::chrono::steady_clock;
  static double Seconds(Clock::time_point since) {
    return std::chrono::duration<double>(Clock::now() - since).count();
  }
  bool enabled_;
  std::ostream& err_;
  Clock::time_point start_ = Clock::now(), last_ = start_;
};

}  // namespace claimgraph::cli

#endif  // CLAIMGRAPH_CLI_PHASE_TIMER_H_
