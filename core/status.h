// Errors as values: every claimgraph function that can fail on input returns a
// Status or a Result<T>. Bad input is expected, so it is data a test can compare,
// never an exception.
#ifndef CLAIMGRAPH_CORE_STATUS_H_
#define CLAIMGRAPH_CORE_STATUS_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace claimgraph {

// Where in an input a problem is. line and col are 1-based; 0 means unknown.
// For CSV, line is the physical line of the row and `field` names the column.
struct SourceLoc {
  std::string file;
  uint32_t line = 0;
  uint32_t col = 0;
  std::string field;  // CSV column name, or empty

  std::string ToString() const;  // "file:line:col", "file:line", "file"
};

enum class StatusCode : uint8_t {
  kOk = 0,
  kInvalidInput,  // malformed or inconsistent input (exit 2)
  kUsage,         // bad command-line use (exit 2)
  kNotFound,      // a named entity or file does not exist (exit 2)
  kIoError,       // reading or writing failed (exit 1)
  kInternal,      // a bug (exit 1)
};

class [[nodiscard]] Status {
 public:
  Status() = default;  // OK: a null pointer, so success costs nothing.
  Status(const Status& other);
  Status& operator=(const Status& other);
  Status(Status&&) noexcept = default;
  Status& operator=(Status&&) noexcept = default;

  static Status InvalidInput(std::string message, SourceLoc loc = {});
  static Status Usage(std::string message);
  static Status NotFound(std::string message, SourceLoc loc = {});
  static Status IoError(std::string message, SourceLoc loc = {});
  static Status Internal(std::string message);

  bool ok() const { return rep_ == nullptr; }
  StatusCode code() const { return rep_ ? rep_->code : StatusCode::kOk; }
  const std::string& message() const;
  const SourceLoc& loc() const;
  // Returns a copy with `loc` set (used when an inner parser knew only an offset).
  Status WithLoc(SourceLoc loc) const;

  // "file:line:col: message" (the location part omitted when unknown), or "OK".
  std::string ToString() const;

  // Exit code for the CLI: 0 ok, 2 input or usage, 1 otherwise.
  int ExitCode() const;

 private:
  struct Rep {
    StatusCode code;
    std::string message;
    SourceLoc loc;
  };
  Status(StatusCode code, std::string message, SourceLoc loc);
  std::unique_ptr<Rep> rep_;
};

// A value or the Status that explains why there is none.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {}  // NOLINT: must not be OK

  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }
  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }
  T& operator*() & { return *value_; }
  const T& operator*() const& { return *value_; }

 private:
  Status status_;
  std::optional<T> value_;
};

}  // namespace claimgraph

// Returns early from the enclosing function when `expr` is not OK.
#define CG_RETURN_IF_ERROR(expr)                  \
  do {                                            \
    ::claimgraph::Status cg_status_ = (expr);     \
    if (!cg_status_.ok()) return cg_status_;      \
  } while (0)

#endif  // CLAIMGRAPH_CORE_STATUS_H_
