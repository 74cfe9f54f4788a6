// Batches of parsed input handed from a producer to the importing thread, in
// order. On a large input the producer (tokenising, unescaping, validating) runs
// on a second thread, a few batches ahead, while this thread interns and builds;
// on a small one it runs first, on this thread, and the same batches are replayed.
// Either way the consumer sees the same batches in the same order, so results and
// error messages do not depend on the mode (tests compare both).
#ifndef CLAIMGRAPH_IMPORTERS_READ_AHEAD_H_
#define CLAIMGRAPH_IMPORTERS_READ_AHEAD_H_

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

#include "core/cache_line.h"

namespace claimgraph {

template <typename Batch>
class ReadAhead {
 public:
  static constexpr size_t kDefaultSlots = 4;

  // `produce` fills batches through Open()/Close() until its input ends (the
  // last batch closed with `last`) or Open() returns nullptr (the consumer quit).
  // Threaded, the producer runs up to `slots` batches ahead: enough to ride out
  // the stretches where the consumer is the slower, so that the producer is not
  // left waiting then, only to be waited on later. While it waits for a free
  // slot it calls `idle` (if given) until that returns false: work the consumer
  // leaves to whichever core has time (Prefaulter::RunOne).
  ReadAhead(std::function<void(ReadAhead&)> produce, bool threaded, size_t slots = kDefaultSlots,
            std::function<bool()> idle = {})
      : threaded_(threaded), slots_(std::max<size_t>(1, slots)), idle_(std::move(idle)) {
    if (threaded_) {
      ring_.resize(slots_);
      worker_ = std::thread([this, produce = std::move(produce)] { produce(*this); });
    } else {
      produce(*this);
    }
  }
  ~ReadAhead() {
    if (!worker_.joinable()) return;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      stop_ = true;
    }
    changed_.notify_all();
    worker_.join();
  }
  ReadAhead(const ReadAhead&) = delete;
  ReadAhead& operator=(const ReadAhead&) = delete;

  // ---- producer side ----

  // A batch to fill (its old contents are the producer's to clear), or nullptr
  // when the consumer has stopped.
  Batch* Open() {
    if (!threaded_) return &ring_.emplace_back().batch;
    std::unique_lock<std::mutex> lock(mutex_);
    while (!stop_ && produced_ - consumed_ >= slots_) {
      if (idle_) {
        lock.unlock();
        const bool worked = idle_();
        lock.lock();
        if (worked) continue;
      }
      changed_.wait(lock);
    }
    return stop_ ? nullptr : &ring_[produced_ % slots_].batch;
  }
  // The batch from Open() is complete.
  void Close() {
    if (!threaded_) return;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      ++produced_;
    }
    changed_.notify_all();
  }

  // ---- consumer side ----

  // The next batch, valid until the following call. The consumer knows from the
  // batch's contents which one is last, and calls no more after it.
  const Batch& Next() {
    if (!threaded_) return ring_[consumed_++].batch;
    std::unique_lock<std::mutex> lock(mutex_);
    if (taken_) ++consumed_;  // the batch handed out last time is free again
    taken_ = true;
    changed_.notify_all();
    changed_.wait(lock, [&] { return produced_ > consumed_; });
    return ring_[consumed_ % slots_].batch;
  }

 private:
  // Each batch starts a cache line of its own: the producer writes one (a vector's
  // end at every element it adds) while the consumer reads its neighbour at every
  // element it takes; sharing a line, the two cores would pass it back and forth.
  struct alignas(kCacheLine) Slot {
    Batch batch;
  };
  const bool threaded_;
  const uint64_t slots_;
  const std::function<bool()> idle_;
  std::deque<Slot> ring_;  // threaded: slots_ reused in turn; inline: every batch
  std::mutex mutex_;
  std::condition_variable changed_;
  uint64_t produced_ = 0, consumed_ = 0;
  bool taken_ = false, stop_ = false;
  std::thread worker_;
};

}  // namespace claimgraph

#endif  // CLAIMGRAPH_IMPORTERS_READ_AHEAD_H_
