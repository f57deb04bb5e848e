#include "handles.h"

#include "error.h"

namespace segugio::serve {

Worker& Handles::local() {
  std::unique_ptr<Worker>* slot = nullptr;
  {
    std::lock_guard lock(mutex_);
    slot = &workers_[std::this_thread::get_id()];  // the map's nodes never move
  }
  if (*slot) {
    try {
      (*slot)->searcher.reopen();
      return **slot;
    } catch (const DatabaseError&) {
      slot->reset();  // replaced or removed under us: open it afresh
    }
  }
  *slot = std::make_unique<Worker>(path_);
  return **slot;
}

void Handles::drop() {
  std::lock_guard lock(mutex_);
  workers_.erase(std::this_thread::get_id());
}

}  // namespace segugio::serve
